import { addTargetClient, type HarRequest, HTTPSnippet, type HTTPSnippetOptions } from '@readme/httpsnippet';
import type { SnippetRequest } from './har-request.ts';
import { fixLibraryCode } from './library-fixes.ts';
import { browserFetchClient, nodeFetchClient, nodeHttpClient } from './node-clients.ts';
import { aiohttpClient } from './python-aiohttp.ts';
import { httpxAsyncClient, httpxClient } from './python-httpx.ts';
import { urllibClient } from './python-urllib.ts';
import type { SnippetExtras } from './snippet-model.ts';
import { type SnippetTarget, snippetTarget } from './snippet-targets.ts';

// Our clients join httpsnippet's own through its client API (re-adding one replaces it).
addTargetClient('javascript', browserFetchClient);
addTargetClient('node', nodeFetchClient);
addTargetClient('node', nodeHttpClient);
addTargetClient('python', httpxClient);
addTargetClient('python', httpxAsyncClient);
addTargetClient('python', aiohttpClient);
addTargetClient('python', urllibClient);

/**
 * httpsnippet re-encodes the query through `qs` (`ram[from]=8` becomes `ram%5Bfrom%5D=8`, `a+b`
 * becomes `a%20b`); the code should ask for the address the playground sends, byte for byte.
 */
class ExactAddressSnippet extends HTTPSnippet {
  override prepare(harRequest: HarRequest, options: HTTPSnippetOptions) {
    const prepared = super.prepare(harRequest, options);
    const url = new URL(harRequest.url);
    return {
      ...prepared,
      fullUrl: url.href,
      uriObj: { ...prepared.uriObj, path: `${url.pathname}${url.search}` },
    };
  }
}

/** Library generators whose upload code opens each file by name (the others write it empty). */
const READS_FILES = new Set(['python-requests', 'shell-curl', 'csharp-restsharp', 'rust-reqwest']);

/** Code for a request, and what the learner should know about it (shown beside the code, not in it). */
export interface Snippet {
  code: string;
  notes: string[];
}

function harFor(request: SnippetRequest, target: SnippetTarget): HarRequest {
  const { har, bodyFile } = request;
  // curl reads a whole file as the body with `--data-binary @name`.
  if (bodyFile && target.id === 'shell-curl') {
    return { ...har, postData: { mimeType: bodyFile.contentType, text: `@${bodyFile.name}` } };
  }
  return har;
}

function notesFor(request: SnippetRequest, target: SnippetTarget): string[] {
  const notes: string[] = [];
  const names = new Set(request.har.headers.map((h) => h.name.toLowerCase()));
  const secrets = ['authorization', 'cookie', 'proxy-authorization'].filter((name) => names.has(name));
  if (secrets.length > 0) {
    notes.push(
      `The code carries your ${secrets.map((s) => (s === 'cookie' ? 'cookies' : `${s[0]!.toUpperCase()}${s.slice(1)} header`)).join(' and ')} as typed: share it only with people who may use them.`,
    );
  }
  const { bodyFile } = request;
  if (bodyFile && !target.ours && target.id !== 'shell-curl') {
    notes.push(
      `The body is the file “${bodyFile.name}”, which this generator cannot read: the code sends no body. Read the file’s bytes and send them as the body.`,
    );
  }
  if (target.target === 'node' && target.ours) {
    notes.push('Save it as a .mjs file (an ES module, for its top-level await) and run it with node.');
  }
  const files = request.har.postData.params?.some((p) => p.fileName) ?? false;
  if (files && request.har.postData.mimeType === 'multipart/form-data') {
    if (target.id === 'javascript-fetch') {
      notes.push(
        'A page cannot open a file by name: the code takes each file from an <input type="file"> named like its field.',
      );
    } else if (target.id === 'swift') {
      notes.push(
        'This generator reads each file as UTF-8 text, which works for text files only (not images).',
      );
    } else if (target.ours || READS_FILES.has(target.id)) {
      notes.push('Files are read by name from the folder the code runs in.');
    } else {
      notes.push(
        'This generator does not read files: the multipart body it writes leaves each file’s content empty. Python, curl and Node.js code reads them by name.',
      );
    }
  }
  if (target.id === 'javascript-fetch' && names.has('cookie')) {
    notes.push(
      'A page cannot set the Cookie header: the browser leaves it out and sends its own cookies for that site.',
    );
  }
  return notes;
}

/**
 * The request as code in the target's language and library (`SNIPPET_TARGETS` lists them).
 * Throws for an unknown target id.
 *
 * @example
 * const result = toSnippetRequest(draft);
 * if (result.ok) console.log(generateSnippet(result.request, 'python-httpx').code);
 */
export function generateSnippet(request: SnippetRequest, targetId: string): Snippet {
  const target = snippetTarget(targetId);
  if (!target) throw new Error(`There is no code generator called "${targetId}".`);
  const extras: SnippetExtras = { followRedirects: request.followRedirects, bodyFile: request.bodyFile };
  const snippet = new ExactAddressSnippet(harFor(request, target));
  const options = target.ours
    ? extras
    : target.id === 'shell-curl' && request.bodyFile
      ? { binary: true }
      : undefined;
  const [code] = snippet.convert(target.target as never, target.client, options);
  if (typeof code !== 'string')
    throw new Error(`The ${target.group} ${target.label} generator wrote nothing.`);
  return {
    code: target.ours ? code : fixLibraryCode(target.id, code, request),
    notes: notesFor(request, target),
  };
}
