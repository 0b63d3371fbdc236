import type { HarRequest } from '@readme/httpsnippet';
import type { CookieJarContents } from '../schemas/cookie.ts';
import type { SavedBody, SavedDraft, SavedFile } from '../schemas/saved-workspace.ts';
import { buildRequestUrl, splitUrl } from '../url/request-url.ts';
import { jarCookiesFor, withJarCookies } from './cookie-header.ts';

/** A request ready for the generators: HAR, plus what HAR cannot say. */
export interface SnippetRequest {
  har: HarRequest;
  followRedirects: boolean;
  /** The body is this file, read whole (HAR keeps a file's bytes, not a file to read). */
  bodyFile: { name: string; contentType: string } | null;
}

export type SnippetRequestResult = { ok: true; request: SnippetRequest } | { ok: false; problem: string };

const TEXT_TYPES = { json: 'application/json', xml: 'application/xml', html: 'text/html; charset=utf-8' };

type PostData = HarRequest['postData'];
type Param = NonNullable<PostData['params']>[number];

/** What httpsnippet assumes when a request has no body. */
const NO_BODY: PostData = { mimeType: 'application/octet-stream' };

const fileName = (file: SavedFile, wanted: string | undefined): string =>
  (file && 'name' in file ? file.name : wanted) ?? '';
const fileType = (file: SavedFile): string =>
  (file && 'type' in file && file.type) || 'application/octet-stream';

/** The body as HAR postData and the Content-Type it implies (null: the client library sets it). */
function postData(body: SavedBody): { data: PostData; type: string | null; file: string } {
  switch (body.kind) {
    case 'none':
      return { data: NO_BODY, type: null, file: '' };
    case 'json':
    case 'xml':
    case 'html':
      return {
        data: { mimeType: TEXT_TYPES[body.kind], text: body.text },
        type: TEXT_TYPES[body.kind],
        file: '',
      };
    case 'text':
      return {
        data: { mimeType: body.textContentType, text: body.text },
        type: body.textContentType,
        file: '',
      };
    case 'form-urlencoded': {
      const fields = body.fields.filter((f) => f.enabled && (f.name !== '' || f.value !== ''));
      const mimeType = 'application/x-www-form-urlencoded';
      return {
        data: { mimeType, params: fields.map(({ name, value }) => ({ name, value })) },
        type: mimeType,
        file: '',
      };
    }
    case 'multipart': {
      const params = body.parts.flatMap((part): Param[] => {
        if (!part.enabled) return [];
        if (part.kind === 'text')
          return part.name === '' && part.value === '' ? [] : [{ name: part.name, value: part.value }];
        // Files are referenced by name: the code reads them from the folder it runs in.
        const name = fileName(part.file, part.wantedFile);
        return name === '' ? [] : [{ name: part.name, fileName: name, contentType: fileType(part.file) }];
      });
      return { data: { mimeType: 'multipart/form-data', params }, type: null, file: '' };
    }
    case 'binary': {
      const name = fileName(body.file, body.wantedFile);
      if (name === '') return { data: NO_BODY, type: null, file: '' };
      const type = fileType(body.file);
      return { data: { mimeType: type, text: '' }, type, file: name };
    }
  }
}

/** Base64 of the UTF-8 bytes, as the proxy encodes Basic credentials. */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The request as the playground will send it, as a HAR request for the code generators: the
 * address with its path variables filled in and no fragment, the user's headers in their order,
 * then what the proxy adds (Authorization from the Auth tab, the Content-Type the body implies,
 * the cookie jar's matching cookies on the Cookie line). The client library's own defaults
 * (User-Agent, Accept, Content-Length) are left to it. Pass the draft after `prepareSend`, so
 * variables are resolved and the collection's session applied.
 *
 * @example
 * const result = toSnippetRequest(prepareSend(tab.draft, context).draft, { cookies: jar });
 * if (result.ok) generateSnippet(result.request, 'python-requests');
 */
export function toSnippetRequest(
  draft: SavedDraft,
  options: { cookies?: CookieJarContents | undefined; now?: Date } = {},
): SnippetRequestResult {
  const { base, query } = splitUrl(draft.url.trim());
  const address = buildRequestUrl({
    url: query === null ? base : `${base}?${query}`,
    pathVariables: draft.pathVariables.filter((v) => v.name !== '' && v.value !== ''),
  });
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, problem: `“${address}” is not a web address yet: finish typing it to see the code.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, problem: 'Code is shown for http:// and https:// addresses.' };
  }
  let auth = draft.auth;
  // Credentials in the address become Basic auth, as the proxy and browsers do.
  if (url.username !== '' || url.password !== '') {
    if (auth.type === 'none') {
      auth = {
        type: 'basic',
        username: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
      };
    }
    url.username = '';
    url.password = '';
  }

  const headers = draft.headers
    .filter((h) => h.enabled && h.name.trim() !== '')
    .map(({ name, value }) => ({ name, value }));
  const has = (name: string) => headers.some((h) => h.name.toLowerCase() === name);
  if (auth.type !== 'none' && !has('authorization')) {
    const value =
      auth.type === 'basic' ? `Basic ${base64(`${auth.username}:${auth.password}`)}` : `Bearer ${auth.token}`;
    headers.push({ name: 'Authorization', value });
  }
  const body = postData(draft.body);
  if (body.type !== null && !has('content-type')) headers.push({ name: 'Content-Type', value: body.type });
  if (options.cookies) {
    const userIndex = headers.findIndex((h) => h.name.toLowerCase() === 'cookie');
    const jar = jarCookiesFor(options.cookies, url, options.now ?? new Date());
    const line = withJarCookies(userIndex === -1 ? null : headers[userIndex]!.value, jar);
    if (line !== null && userIndex === -1) headers.push({ name: 'Cookie', value: line });
    else if (line !== null) headers[userIndex] = { name: headers[userIndex]!.name, value: line };
  }

  return {
    ok: true,
    request: {
      har: {
        method: draft.method.trim(),
        url: url.href,
        httpVersion: 'HTTP/1.1',
        headers,
        // Cookies travel in the Cookie header exactly as typed; HAR's list would be re-encoded.
        cookies: [],
        queryString: [],
        postData: body.data,
        headersSize: -1,
        bodySize: -1,
      },
      followRedirects: draft.followRedirects,
      bodyFile:
        body.file === '' ? null : { name: body.file, contentType: body.type ?? 'application/octet-stream' },
    },
  };
}
