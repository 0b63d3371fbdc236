import type { IncomingMessage } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { parseMultipart } from './multipart.ts';
import { requestIri } from './request-url.ts';

/** What httpbin's `get_dict()` can report about a request, under the same keys. */
export interface RequestData {
  url: string;
  args: Map<string, string | string[]>;
  form: Map<string, string | string[]>;
  data: string;
  origin: string;
  headers: Map<string, string>;
  files: Map<string, string>;
  json: unknown;
  method: string;
}

export type RequestKey = keyof RequestData;

/** Headers a hosting platform adds; httpbin hides them unless the query has `show_env`. */
const ENV_HEADERS = new Set(
  [
    'X-Varnish',
    'X-Request-Start',
    'X-Heroku-Queue-Depth',
    'X-Real-Ip',
    'X-Forwarded-Proto',
    'X-Forwarded-Protocol',
    'X-Forwarded-Ssl',
    'X-Heroku-Queue-Wait-Time',
    'X-Forwarded-For',
    'X-Heroku-Dynos-In-Use',
    'X-Forwarded-Port',
    'X-Request-Id',
    'Via',
    'Total-Route-Time',
    'Connect-Time',
  ].map((name) => name.toLowerCase()),
);

const FORM_TYPES = ['application/x-www-form-urlencoded', 'application/x-url-encoded'];

/** The Node request behind a Hono context when running under @hono/node-server, else undefined. */
export function incomingOf(c: Context): IncomingMessage | undefined {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
}

/**
 * Request headers as httpbin lists them: in arrival order, names title-cased the way Werkzeug does
 * (`x-api-key2b` becomes `X-Api-Key2B`) and repeated headers joined with a bare comma as gunicorn does.
 */
export function requestHeaders(c: Context, showEnv = queryArgs(c).has('show_env')): Map<string, string> {
  const pairs: [string, string][] = [];
  const raw = incomingOf(c)?.rawHeaders;
  if (raw) for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  else for (const pair of c.req.raw.headers) pairs.push(pair);

  const headers = new Map<string, string>();
  for (const [name, value] of pairs) {
    const key = titleCase(name);
    if (!showEnv && ENV_HEADERS.has(name.toLowerCase())) continue;
    const seen = headers.get(key);
    headers.set(key, seen === undefined ? value : `${seen},${value}`);
  }
  return headers;
}

/** Python's str.title(): a letter is capitalised when the character before it is not a letter. */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[^a-z])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Query arguments in order, each key with all its values (Werkzeug's MultiDict). */
export function queryPairs(c: Context): [string, string][] {
  const query = rawTarget(c).split('?').slice(1).join('?');
  // Node reads raw request-line bytes as latin1; Werkzeug reads them as UTF-8.
  const text = /[\u0080-\u00ff]/.test(query) ? Buffer.from(query, 'latin1').toString('utf8') : query;
  return [...new URLSearchParams(text)];
}

export function queryArgs(c: Context): Map<string, string | string[]> {
  return semiflatten(queryPairs(c));
}

/** First value of each query argument, looked up without regard to case (httpbin's CaseInsensitiveDict). */
export function caseInsensitiveArg(c: Context, name: string): string | undefined {
  return queryPairs(c).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}

/** Werkzeug's MultiDict as httpbin prints it: one value as a string, repeated ones as a list. */
export function semiflatten(pairs: [string, string][]): Map<string, string | string[]> {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of pairs) grouped.set(key, [...(grouped.get(key) ?? []), value]);
  return new Map([...grouped].map(([key, values]) => [key, values.length === 1 ? values[0]! : values]));
}

/** The request target as the client sent it: path and query, including the mount prefix. */
export function rawTarget(c: Context): string {
  const incoming = incomingOf(c)?.url;
  if (incoming?.startsWith('/')) return incoming;
  const url = new URL(c.req.url);
  return url.pathname + url.search;
}

/** Scheme and host the client addressed, from the Host header like Werkzeug. */
export function hostOf(c: Context): string {
  return c.req.header('host') ?? new URL(c.req.url).host;
}

export function schemeOf(c: Context): string {
  return new URL(c.req.url).protocol.replace(':', '');
}

/** The client's address: X-Forwarded-For when a proxy set it (as httpbin does), else the socket's peer. */
export function originOf(c: Context): string {
  const forwarded = c.req.header('x-forwarded-for');
  if (forwarded !== undefined) return forwarded;
  try {
    const address = getConnInfo(c).remote.address;
    if (address) return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  } catch {
    // Not running under @hono/node-server (tests call app.request()): there is no socket.
  }
  return '127.0.0.1';
}

function urlOf(c: Context): string {
  // Like httpbin's get_url(): a proxy in front may say the client used https.
  const proto =
    c.req.header('x-forwarded-proto') ??
    c.req.header('x-forwarded-protocol') ??
    (c.req.header('x-forwarded-ssl') === 'on' ? 'https' : schemeOf(c));
  return requestIri(proto, hostOf(c), rawTarget(c));
}

/**
 * Text when the bytes are UTF-8, otherwise a base64 `data:` URL, like httpbin's json_safe().
 */
function jsonSafe(bytes: Uint8Array, contentType = 'application/octet-stream'): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return `data:${contentType};base64,${Buffer.from(bytes).toString('base64')}`;
  }
}

async function readBody(c: Context) {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  const contentType = c.req.header('content-type') ?? '';
  const mimetype = contentType.split(';')[0]!.trim().toLowerCase();
  const text = () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

  if (FORM_TYPES.includes(mimetype)) {
    return {
      form: semiflatten([...new URLSearchParams(text())]),
      files: new Map<string, string>(),
      data: '',
      json: null as unknown,
    };
  }
  if (mimetype === 'multipart/form-data') {
    const fields: [string, string][] = [];
    const files = new Map<string, string>();
    for (const part of parseMultipart(bytes, contentType)) {
      if (part.filename === undefined) {
        fields.push([part.name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(part.body)]);
      } else if (!files.has(part.name)) {
        // httpbin iterates the files MultiDict with .items(), which yields only the first file per name.
        files.set(part.name, jsonSafe(part.body, part.contentType || 'application/octet-stream'));
      }
    }
    return { form: semiflatten(fields), files, data: '', json: null as unknown };
  }
  let json: unknown = null;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    // Not JSON: httpbin reports json as null.
  }
  return { form: new Map<string, string>(), files: new Map<string, string>(), data: jsonSafe(bytes), json };
}

/**
 * Reads the request once and returns the httpbin keys asked for, in the order given (the JSON
 * writer sorts them anyway, as Flask does).
 */
export async function requestData<K extends RequestKey>(
  c: Context,
  keys: readonly K[],
): Promise<Pick<RequestData, K>> {
  const needsBody = keys.some((key) => key === 'form' || key === 'files' || key === 'data' || key === 'json');
  const body = needsBody ? await readBody(c) : { form: new Map(), files: new Map(), data: '', json: null };
  const full: RequestData = {
    url: urlOf(c),
    args: queryArgs(c),
    ...body,
    origin: originOf(c),
    headers: requestHeaders(c),
    method: c.req.method,
  };
  return Object.fromEntries(keys.map((key) => [key, full[key]])) as Pick<RequestData, K>;
}
