// The request as code: its own entry (`@playground/shared/snippets`), since httpsnippet and its
// generators weigh ~40 kB gzip and the web app loads them only when the Code panel opens.
export { jarCookiesFor, withJarCookies } from './cookie-header.ts';
export { generateSnippet, type Snippet } from './generate-snippet.ts';
export { type SnippetRequest, type SnippetRequestResult, toSnippetRequest } from './har-request.ts';
export { SNIPPET_TARGETS, type SnippetTarget, snippetTarget } from './snippet-targets.ts';
