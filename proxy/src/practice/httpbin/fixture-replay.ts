/**
 * Test helper: replays a request recorded from the real httpbin (see
 * scripts/record-httpbin-fixtures.ts) against the practice server and puts both answers in one
 * comparable shape. Only what must differ is normalised:
 * - the mount prefix: httpbin lives at /, the practice server under /httpbin, so recorded URLs,
 *   Locations and links get the prefix inserted (not removed from ours, which would hide a missing
 *   one), and Content-Length grows by as many bytes;
 * - Date, Server, Connection and Transfer-Encoding (set by the server software, not by httpbin);
 * - the reason phrase (Werkzeug writes "NOT FOUND", Node "Not Found"; a Fetch Response has none);
 * - the order of headers, and of the Allow list (Werkzeug builds it from a Python set);
 * - random values: uuids, /cache's ETag and Last-Modified (checked for shape instead);
 * - compressed bodies are compared decoded, their Content-Length against our own bytes;
 * - HEAD answers have no body to measure, so their Content-Length must equal our GET's;
 * - through app.request() only: repeated request headers, which a Fetch Headers object has
 *   already joined with ", " where gunicorn and Node's raw headers give ",".
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRaw } from './raw-http.ts';
import { httpbinRoutes } from './routes.ts';

export const PREFIX = '/httpbin';
const RECORDED_ORIGIN = 'http://127.0.0.1:8787';

export type FixtureBody =
  | { empty: true; decodedFrom?: string }
  | { text: string; decodedFrom?: string }
  | { base64: string; decodedFrom?: string }
  | { sha256: string; length: number; decodedFrom?: string };

export interface Fixture {
  name: string;
  request: {
    method: string;
    path: string;
    headers: [string, string][];
    body?: { text: string } | { base64: string };
  };
  response: { status: number; reason: string; headers: [string, string][]; body: FixtureBody };
}

/** The practice server mounted as proxy/src/app.ts mounts it, so URLs carry the prefix. */
export function practiceApp(): Hono {
  return new Hono().route(PREFIX, httpbinRoutes({ prefix: PREFIX }));
}

export function loadFixtures(group: string): Fixture[] {
  const file = new URL(`./fixtures/${group}.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: Fixture[] }).cases;
}

/** How a recorded request reaches the practice server. */
export type Via = 'app.request' | 'http';
type Transport = (request: Fixture['request'], method?: string) => Promise<Response>;

function requestBody(request: Fixture['request']): Uint8Array | undefined {
  if (request.body === undefined) return undefined;
  return 'text' in request.body
    ? new TextEncoder().encode(request.body.text)
    : Uint8Array.from(Buffer.from(request.body.base64, 'base64'));
}

/** Through Hono's app.request(), with no server, as most proxy tests do. */
function viaAppRequest(app: Hono): Transport {
  return async (request, method = request.method) => {
    const headers = new Headers();
    for (const [name, value] of request.headers) headers.append(name, value);
    return app.request(`${RECORDED_ORIGIN}${PREFIX}${request.path}`, {
      method,
      headers,
      body: requestBody(request),
    });
  };
}

/** Over a real socket to @hono/node-server, byte for byte the recorded request (TRACE included). */
function viaHttp(port: () => number): Transport {
  return async (request, method = request.method) => {
    const body = requestBody(request);
    const answer = await sendRaw(port(), {
      method,
      path: PREFIX + request.path,
      headers: request.headers,
      body,
    });
    const headers = new Headers();
    for (const [name, value] of answer.headers) headers.append(name, value);
    const empty = answer.body.byteLength === 0 || answer.status === 204 || answer.status === 304;
    return new Response(empty ? null : answer.body, { status: answer.status, headers });
  };
}

const IGNORED_HEADERS = new Set(['date', 'server', 'connection', 'transfer-encoding']);

/** What a user can observe of an answer, in a form both sides can be compared in. */
export interface Observed {
  status: number;
  headers: Record<string, string | string[]>;
  body: FixtureBody;
}

function normaliseHeaders(pairs: [string, string][]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [rawName, value] of pairs) {
    const name = rawName.toLowerCase();
    if (IGNORED_HEADERS.has(name)) continue;
    const seen = out[name];
    if (name === 'set-cookie') out[name] = [...((seen as string[] | undefined) ?? []), value];
    else out[name] = seen === undefined ? value : `${seen}, ${value}`;
  }
  if (typeof out.allow === 'string') out.allow = out.allow.split(', ').sort().join(', ');
  if (typeof out.etag === 'string' && /^[0-9a-f]{32}$/.test(out.etag)) out.etag = '<random hex>';
  if (typeof out['last-modified'] === 'string') {
    expect(out['last-modified']).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    out['last-modified'] = '<date>';
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g;

/** Inserts the mount prefix where httpbin wrote paths of its own. */
export function withPrefix(text: string): string {
  return (
    text
      .replace(/(https?:\/\/127\.0\.0\.1:8787)\//g, `$1${PREFIX}/`)
      .replace(/(href=["']|action=")\//g, `$1${PREFIX}/`)
      // The link text of Flask's redirect page repeats the target.
      .replace(/(<a href="[^"]*">)\//g, `$1${PREFIX}/`)
  );
}

function bodyOf(bytes: Uint8Array): FixtureBody {
  if (bytes.byteLength === 0) return { empty: true };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (!text.includes('\0')) return { text };
  } catch {
    // Binary.
  }
  if (bytes.byteLength <= 2048) return { base64: Buffer.from(bytes).toString('base64') };
  return { sha256: createHash('sha256').update(bytes).digest('hex'), length: bytes.byteLength };
}

function decode(bytes: Uint8Array, encoding: string | null): Uint8Array {
  if (encoding === 'gzip') return gunzipSync(bytes);
  if (encoding === 'deflate') return inflateSync(bytes);
  if (encoding === 'br') return brotliDecompressSync(bytes);
  return bytes;
}

export async function observe(response: Response): Promise<{ observed: Observed; raw: Uint8Array }> {
  const raw = new Uint8Array(await response.arrayBuffer());
  const encoding = raw.byteLength > 0 ? response.headers.get('content-encoding') : null;
  const body = bodyOf(decode(raw, encoding));
  const headers = normaliseHeaders([...response.headers]);
  return {
    observed: {
      status: response.status,
      headers,
      body: encoding ? { ...body, decodedFrom: encoding } : body,
    },
    raw,
  };
}

/** The recorded answer as the practice server must give it. */
export function expected(fixture: Fixture): Observed {
  const { request, response } = fixture;
  const userLocation = request.path.startsWith('/redirect-to');
  const pairs = response.headers.map(([name, value]): [string, string] => {
    if (name.toLowerCase() !== 'location' || userLocation) return [name, value];
    return [name, value.startsWith('/') ? PREFIX + value : withPrefix(value)];
  });
  let body: FixtureBody = response.body;
  if ('text' in body) body = { ...body, text: withPrefix(body.text) };
  if ('empty' in body && response.headers.some(([name]) => name.toLowerCase() === 'content-encoding')) {
    body = { empty: true };
  }
  const headers = normaliseHeaders(pairs);
  if ('text' in body && !body.decodedFrom && typeof headers['content-length'] === 'string') {
    headers['content-length'] = String(Buffer.byteLength(body.text));
  }
  return { status: response.status, headers, body };
}

export type Adjust = (ours: Observed, theirs: Observed, via: Via) => void;

/** Replays one fixture and checks the answer against it; `adjust` may patch both sides first. */
async function expectMatchesFixture(
  send: Transport,
  via: Via,
  fixture: Fixture,
  adjust?: Adjust,
): Promise<void> {
  const { observed: ours, raw } = await observe(await send(fixture.request));
  const theirs = expected(fixture);

  // Content-Length must describe our own bytes; against httpbin's only when the bytes are comparable.
  if (ours.headers['content-length'] !== undefined && fixture.request.method !== 'HEAD') {
    expect(ours.headers['content-length']).toBe(String(raw.byteLength));
  }
  if (via === 'app.request' && 'text' in ours.body) {
    const joined = joinDuplicatesLikeGunicorn(ours.body.text, fixture.request.headers);
    if (joined !== ours.body.text) ours.headers['content-length'] = String(Buffer.byteLength(joined));
    ours.body.text = joined;
  }
  for (const side of [ours, theirs]) {
    if ('text' in side.body) side.body.text = side.body.text.replace(UUID, '<uuid>');
  }
  if (theirs.body.decodedFrom && fixture.request.method !== 'HEAD')
    theirs.headers['content-length'] = ours.headers['content-length'] ?? '<missing>';
  if (fixture.request.method === 'HEAD') {
    expect(raw.byteLength).toBe(0);
    // A compressed HEAD body says "method": "HEAD" and so compresses to its own length.
    const length = theirs.headers['content-encoding']
      ? ours.headers['content-length']
      : (await send(fixture.request, 'GET')).headers.get('content-length');
    if (typeof length === 'string') theirs.headers['content-length'] = length;
  }
  adjust?.(ours, theirs, via);
  expect(ours).toEqual(theirs);
}

/**
 * gunicorn joins a repeated request header with "," and the practice server does too under Node,
 * but app.request() goes through a Fetch Headers object, which has already joined them with ", ".
 */
function joinDuplicatesLikeGunicorn(text: string, sent: [string, string][]): string {
  const byName = new Map<string, string[]>();
  for (const [name, value] of sent)
    byName.set(name.toLowerCase(), [...(byName.get(name.toLowerCase()) ?? []), value]);
  let out = text;
  for (const values of byName.values()) {
    if (values.length > 1)
      out = out.replaceAll(JSON.stringify(values.join(', ')), JSON.stringify(values.join(',')));
  }
  return out;
}

/**
 * One test per recorded case of a group, run twice: through app.request() and over a real socket
 * to @hono/node-server (which alone shows raw header order, the peer address and TRACE, a method
 * the Fetch API refuses to build). `adjust` names the few cases where the practice server knowingly
 * differs from httpbin, each with its reason in the calling test file.
 */
export function itMatchesEveryFixture(group: string, adjust: Record<string, Adjust> = {}): void {
  const fixtures = loadFixtures(group);
  for (const name of Object.keys(adjust)) {
    if (!fixtures.some((fixture) => fixture.name === name))
      throw new Error(`no fixture named "${name}" in ${group}`);
  }
  const title = (fixture: Fixture) => `${fixture.request.method} ${fixture.request.path}: ${fixture.name}`;

  describe('through app.request()', () => {
    const send = viaAppRequest(practiceApp());
    for (const fixture of fixtures.filter((f) => f.request.method !== 'TRACE')) {
      it(title(fixture), () => expectMatchesFixture(send, 'app.request', fixture, adjust[fixture.name]));
    }
  });

  describe('over HTTP through @hono/node-server', () => {
    let server: ServerType;
    let port = 0;
    beforeAll(async () => {
      await new Promise<void>((resolve) => {
        server = serve(
          { fetch: practiceApp().fetch, hostname: '127.0.0.1', port: 0 },
          (info: AddressInfo) => {
            port = info.port;
            resolve();
          },
        );
      });
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const send = viaHttp(() => port);
    for (const fixture of fixtures) {
      it(title(fixture), () => expectMatchesFixture(send, 'http', fixture, adjust[fixture.name]));
    }
  });
}
