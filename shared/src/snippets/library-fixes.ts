import type { SnippetRequest } from './har-request.ts';

/**
 * Corrections to httpsnippet's code where our round-trip tests (proxy/src/snippets) showed it
 * sends something other than the playground's request. Each is small and leaves other code as it is.
 */
const FIXES: Record<string, (code: string, request: SnippetRequest) => string> = {
  // requests hands a str body to http.client, which encodes it as Latin-1 (and fails past it),
  // while the Content-Type says UTF-8: send the UTF-8 bytes.
  'python-requests': (code) =>
    /data=payload/.test(code) ? code.replace(/^payload = (".*")$/m, 'payload = $1.encode("utf-8")') : code,
  // curl reads [ ] { } in an address as a glob pattern ("bad range in URL") unless told not to;
  // httpsnippet's own globOff option also decodes the address, so the switch is added here.
  'shell-curl': (code, request) =>
    /[[\]{}]/.test(request.har.url) ? code.replace(/^(curl --request \S+)/, '$1 \\\n  --globoff') : code,
};

/** The code with the fix for its target applied, if there is one. */
export function fixLibraryCode(targetId: string, code: string, request: SnippetRequest): string {
  return FIXES[targetId]?.(code, request) ?? code;
}
