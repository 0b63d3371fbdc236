import { describe, expect, it } from 'vitest';
import { ExchangeRecorder } from '../exchange/exchange-recorder.ts';
import type { ProxyEvent } from '../schemas/proxy-event.ts';
import { buildDraft, emptyBody } from './draft.ts';
import { toHar } from './har-export.ts';
import { readImportFile } from './read-import-file.ts';
import { asJson, imported, requestsOf } from './test-helpers.ts';

const timings = { dns: 1.5, connect: 2, tls: 3, firstByte: 10, download: 4, total: 20.5 };
const sent = (hop: number, method: string, url: string, bodyBytes: number | null) => ({
  type: 'request' as const,
  hop,
  method,
  url,
  target: new URL(url).pathname,
  httpVersion: 'HTTP/1.1',
  headers: [
    { name: 'Host', value: '127.0.0.1:8787', source: 'client' as const },
    { name: 'Content-Type', value: 'application/json', source: 'body' as const },
    { name: 'Cookie', value: 'session=abc; theme=dark', source: 'cookie-jar' as const },
  ],
  bodyBytes,
});
const connection = (hop: number) => ({
  type: 'connection' as const,
  hop,
  remoteAddress: '127.0.0.1',
  remotePort: 8787,
  reused: hop > 0,
  tls: null,
});

function record(events: ProxyEvent[], body?: Uint8Array) {
  const recorder = new ExchangeRecorder();
  for (const event of events) {
    recorder.apply({ kind: 'event', event });
    if (event.type === 'response' && body) recorder.apply({ kind: 'body', bytes: body });
  }
  return recorder.snapshot();
}

/** The fields HAR 1.2 requires, so browsers' developer tools and HAR viewers open the file. */
function expectValidHarEntry(entry: ReturnType<typeof asJson>) {
  expect(typeof entry.startedDateTime).toBe('string');
  expect(typeof entry.time).toBe('number');
  for (const key of [
    'method',
    'url',
    'httpVersion',
    'cookies',
    'headers',
    'queryString',
    'headersSize',
    'bodySize',
  ])
    expect(entry.request).toHaveProperty(key);
  for (const key of [
    'status',
    'statusText',
    'httpVersion',
    'cookies',
    'headers',
    'content',
    'redirectURL',
    'headersSize',
    'bodySize',
  ])
    expect(entry.response).toHaveProperty(key);
  expect(entry.response.content).toHaveProperty('size');
  expect(entry.response.content).toHaveProperty('mimeType');
  for (const key of ['send', 'wait', 'receive']) expect(entry.timings[key]).toBeGreaterThanOrEqual(0);
  expect(entry).toHaveProperty('cache');
}

describe('toHar', () => {
  const draft = buildDraft({
    method: 'POST',
    url: 'http://127.0.0.1:8787/httpbin/redirect-to?url=/post&status_code=307',
    headers: [{ name: 'X-Off', value: '1', enabled: false }],
    body: { ...emptyBody(), kind: 'json', text: '{"a":1}' },
  });
  const redirected = record(
    [
      sent(0, 'POST', 'http://127.0.0.1:8787/httpbin/redirect-to?url=/post&status_code=307', 7),
      connection(0),
      {
        type: 'redirect',
        hop: 0,
        httpVersion: 'HTTP/1.1',
        status: 307,
        statusText: 'Temporary Redirect',
        headers: [['location', '/httpbin/post']],
        location: '/httpbin/post',
        nextUrl: 'http://127.0.0.1:8787/httpbin/post',
        nextMethod: 'POST',
        timings: { dns: null, connect: 1, tls: null, firstByte: 2, download: 0, total: 3 },
      },
      sent(1, 'POST', 'http://127.0.0.1:8787/httpbin/post', 7),
      connection(1),
      {
        type: 'response',
        hop: 1,
        url: 'http://127.0.0.1:8787/httpbin/post',
        httpVersion: 'HTTP/1.1',
        status: 200,
        statusText: 'OK',
        headers: [
          ['content-type', 'application/json'],
          ['set-cookie', 'seen=1; Path=/'],
          ['set-cookie', 'b=2'],
        ],
        remoteAddress: '127.0.0.1',
        remotePort: 8787,
        contentEncoding: 'gzip',
        contentLength: null,
      },
      { type: 'end', timings, sizes: { headerBytes: 120, bodyWireBytes: 10, bodyBytes: 16 } },
    ],
    new TextEncoder().encode('{"json":{"a":1}}'),
  );

  it('writes each hop: the redirect, then the final response with its text body and timings', () => {
    const har = asJson(toHar([{ draft, startedAt: Date.UTC(2024, 2, 18, 10, 0, 0), snapshot: redirected }]));
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries).toHaveLength(2);
    har.log.entries.forEach(expectValidHarEntry);
    const [hop, final] = har.log.entries;
    expect(hop.startedDateTime).toBe('2024-03-18T10:00:00.000Z');
    expect(hop.response).toMatchObject({
      status: 307,
      statusText: 'Temporary Redirect',
      redirectURL: '/httpbin/post',
    });
    expect(final.startedDateTime).toBe('2024-03-18T10:00:00.003Z');
    expect(final.request).toMatchObject({
      method: 'POST',
      url: 'http://127.0.0.1:8787/httpbin/post',
      headers: [
        { name: 'Host', value: '127.0.0.1:8787' },
        { name: 'Content-Type', value: 'application/json' },
        { name: 'Cookie', value: 'session=abc; theme=dark' },
      ],
      cookies: [
        { name: 'session', value: 'abc' },
        { name: 'theme', value: 'dark' },
      ],
      postData: { mimeType: 'application/json', text: '{"a":1}' },
      bodySize: 7,
    });
    expect(hop.request.queryString).toEqual([
      { name: 'url', value: '/post' },
      { name: 'status_code', value: '307' },
    ]);
    expect(final.response).toMatchObject({
      status: 200,
      httpVersion: 'HTTP/1.1',
      cookies: [
        { name: 'seen', value: '1' },
        { name: 'b', value: '2' },
      ],
      content: { size: 16, compression: 6, mimeType: 'application/json', text: '{"json":{"a":1}}' },
      headersSize: 120,
      bodySize: 10,
    });
    expect(final.timings).toEqual({
      blocked: -1,
      dns: 1.5,
      connect: 5,
      ssl: 3,
      send: 0,
      wait: 10,
      receive: 4,
    });
    expect(final.time).toBe(20.5);
    expect(final.serverIPAddress).toBe('127.0.0.1');
  });

  it('writes a binary body as base64', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]);
    const snapshot = record(
      [
        sent(0, 'GET', 'http://127.0.0.1:8787/httpbin/image/png', 0),
        {
          type: 'response',
          hop: 0,
          url: 'http://127.0.0.1:8787/httpbin/image/png',
          httpVersion: 'HTTP/1.1',
          status: 200,
          statusText: 'OK',
          headers: [['Content-Type', 'image/png']],
          remoteAddress: '127.0.0.1',
          remotePort: 8787,
          contentEncoding: null,
          contentLength: 10,
        },
        { type: 'end', timings, sizes: { headerBytes: 50, bodyWireBytes: 10, bodyBytes: 10 } },
      ],
      png,
    );
    const entry = asJson(
      toHar([
        { draft: buildDraft({ url: 'http://127.0.0.1:8787/httpbin/image/png' }), startedAt: 0, snapshot },
      ]),
    ).log.entries[0];
    expect(entry.response.content).toEqual({
      size: 10,
      mimeType: 'image/png',
      text: 'iVBORw0KGgr/AA==',
      encoding: 'base64',
    });
    expect(entry.request).not.toHaveProperty('postData');
  });

  it('writes a request that was never answered, and one from its draft alone', () => {
    const failed = record([
      sent(0, 'GET', 'http://127.0.0.1:9/', 0),
      {
        type: 'error',
        error: {
          kind: 'connection-refused',
          title: 'Connection refused',
          message: 'Nothing is listening on port 9.',
        } as never,
        timings: null,
      },
    ]);
    const draftOnly = buildDraft({
      method: 'PUT',
      url: 'http://127.0.0.1:8787/httpbin/anything/:id?x=a%20b',
      pathValues: [{ name: 'id', value: '7', enabled: true }],
      headers: [
        { name: 'X-On', value: '1', enabled: true },
        { name: 'X-Off', value: '2', enabled: false },
      ],
      body: {
        ...emptyBody(),
        kind: 'form-urlencoded',
        fields: [{ name: 'a b', value: 'c&d', enabled: true }],
      },
    });
    const har = asJson(
      toHar([
        { draft: buildDraft({ url: 'http://127.0.0.1:9/' }), startedAt: 0, snapshot: failed },
        { draft: draftOnly, startedAt: 0, snapshot: null },
      ]),
    );
    har.log.entries.forEach(expectValidHarEntry);
    expect(har.log.entries[0].response).toMatchObject({
      status: 0,
      _error: 'Nothing is listening on port 9.',
    });
    expect(har.log.entries[1].request).toMatchObject({
      method: 'PUT',
      url: 'http://127.0.0.1:8787/httpbin/anything/7?x=a%20b',
      headers: [{ name: 'X-On', value: '1' }],
      queryString: [{ name: 'x', value: 'a b' }],
      postData: {
        mimeType: 'application/x-www-form-urlencoded',
        params: [{ name: 'a b', value: 'c&d' }],
        text: 'a+b=c%26d',
      },
    });
  });

  it('re-imports as the same requests', () => {
    const har = toHar([{ draft, startedAt: 0, snapshot: redirected }]);
    const back = requestsOf(imported(readImportFile(JSON.stringify(har))).collections[0]!.items);
    expect(back.map((r) => [r.draft.method, r.draft.url, r.draft.body.kind, r.draft.body.text])).toEqual([
      ['POST', 'http://127.0.0.1:8787/httpbin/redirect-to?url=/post&status_code=307', 'json', '{"a":1}'],
      ['POST', 'http://127.0.0.1:8787/httpbin/post', 'json', '{"a":1}'],
    ]);
  });
});
