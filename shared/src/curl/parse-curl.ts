import type { KeyValue, RequestAuth } from '../schemas/request-spec.ts';
import { applyCurlOption, type CurlState, newCurlState } from './apply-curl-option.ts';
import { type CurlBody, curlBody } from './curl-body.ts';
import { readCurlArgs } from './curl-options.ts';
import { shellWords } from './shell-words.ts';

export type { CurlBody } from './curl-body.ts';
export type { CurlPart } from './curl-data.ts';

/** A curl command as the playground's request pieces. */
export interface CurlRequest {
  method: string;
  url: string;
  headers: KeyValue[];
  body: CurlBody;
  auth: RequestAuth;
  /** curl follows redirects only with `-L`. */
  followRedirects: boolean;
  /** From `-m`/`--max-time`; null when the command sets no limit. */
  timeoutMs: number | null;
  /** What could not be carried over, and what to do about it, in plain words. */
  notes: string[];
}

export type CurlParseResult = { ok: true; request: CurlRequest } | { ok: false; message: string };

/** True for text that starts like a curl command line (`curl …`, `$ curl …`, `curl.exe …`). */
export function looksLikeCurl(text: string): boolean {
  return /^\s*(?:\$\s*)?curl(?:\.exe)?\s+\S/i.test(text);
}

const findHeader = (headers: readonly KeyValue[], name: string) =>
  headers.find((h) => h.name.toLowerCase() === name.toLowerCase());

/** Appends query text to a URL, before any fragment. */
function withQuery(url: string, pieces: readonly string[]): string {
  const query = pieces.filter((piece) => piece !== '').join('&');
  if (query === '') return url;
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  return `${base}${base.includes('?') ? '&' : '?'}${query}${fragment}`;
}

function requestAuth(state: CurlState): RequestAuth {
  if (state.user !== null) {
    const colon = state.user.indexOf(':');
    if (colon === -1) {
      state.notes.push('curl would ask for the password: type it in Auth.');
      return { type: 'basic', username: state.user, password: '' };
    }
    return { type: 'basic', username: state.user.slice(0, colon), password: state.user.slice(colon + 1) };
  }
  return state.bearer === null ? { type: 'none' } : { type: 'bearer', token: state.bearer };
}

function defaultMethod(state: CurlState): string {
  if (state.head) return 'HEAD';
  if (state.get) return 'GET';
  if (state.data.length > 0 || state.parts.length > 0) return 'POST';
  return state.upload === null ? 'GET' : 'PUT';
}

/**
 * Reads a curl command line (as copied from a browser's developer tools or an API's docs) into the
 * request pieces the playground edits. Options that change nothing about the request (`-s`, `-v`,
 * `-o`) are skipped; anything else that cannot be carried over is listed in `notes`.
 *
 * @example
 * parseCurl(`curl -u user:passwd https://httpbin.org/basic-auth/user/passwd`)
 * // { ok: true, request: { method: 'GET', auth: { type: 'basic', username: 'user', password: 'passwd' }, ... } }
 */
export function parseCurl(command: string): CurlParseResult {
  if (!looksLikeCurl(command))
    return { ok: false, message: 'This is not a curl command: it starts with "curl".' };
  const { words, notes } = shellWords(command.trim().replace(/^\$\s*/, ''));
  const state = newCurlState(notes);
  for (const arg of readCurlArgs(words.slice(1), notes)) {
    if (arg.type === 'argument') state.urls.push(arg.value);
    else applyCurlOption(state, arg.option);
  }
  const [first, ...others] = state.urls;
  if (first === undefined || first.trim() === '') {
    return { ok: false, message: 'The curl command has no URL to send the request to.' };
  }
  if (others.length > 0) notes.push(`Only the first URL was imported; ${others.join(', ')} left out.`);

  // curl's own default is plain http:// for an address without a scheme.
  let url = /^[a-z][a-z0-9+.-]*:\/\//i.test(first) ? first : `http://${first}`;
  url = withQuery(url, state.query);
  if (state.get) {
    // -G moves the data into the query string.
    url = withQuery(
      url,
      state.data.map((piece) => (piece.type === 'text' ? piece.text : '')),
    );
    state.data = [];
  }

  const headers = [...state.headers];
  if (state.cookies.length > 0)
    headers.push({ name: 'Cookie', value: state.cookies.join('; '), enabled: true });
  if (state.json && !findHeader(headers, 'Accept')) {
    headers.push({ name: 'Accept', value: 'application/json', enabled: true });
  }
  const body = curlBody({
    data: state.data,
    json: state.json,
    parts: state.parts,
    upload: state.upload,
    contentType: findHeader(headers, 'Content-Type')?.value ?? null,
  });
  notes.push(...body.notes);
  const kept = body.contentTypeImplied
    ? headers.filter((h) => h.name.toLowerCase() !== 'content-type')
    : headers;

  return {
    ok: true,
    request: {
      method: state.method ?? defaultMethod(state),
      url,
      headers: kept,
      body: body.body,
      auth: requestAuth(state),
      followRedirects: state.follow,
      timeoutMs: state.timeoutMs,
      notes,
    },
  };
}
