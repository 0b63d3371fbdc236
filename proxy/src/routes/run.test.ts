import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { ApiErrorBody, FRAMES_CONTENT_TYPE, type Frame, FrameDecoder } from '@playground/shared';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { configFromEnv } from '../config.ts';
import { LOCAL_ORIGIN, pageHeaders, TEST_TOKEN, testApp } from '../testing/app.ts';
import { testBlobs } from '../testing/run.ts';
import { type RunningServer, startHttpServer } from '../testing/servers.ts';

let upstream: RunningServer;
let upstreamClosed: Promise<unknown> = Promise.resolve();
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  upstream = await startHttpServer((req, res) => {
    if (req.url === '/held') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first');
      upstreamClosed = once(res, 'close');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(`you asked for ${req.url}`);
  });
});
afterAll(() => upstream.close());

async function app() {
  return testApp({ maxSpecBytes: 4096, maxBlobBytes: 1000 });
}

async function postRun(body: unknown) {
  return (await app()).request(`${LOCAL_ORIGIN}/api/run`, {
    method: 'POST',
    headers: pageHeaders({ 'Content-Type': 'application/json' }),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function frames(response: Response): Promise<Frame[]> {
  const decoder = new FrameDecoder();
  const out: Frame[] = [];
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
    out.push(...decoder.push(chunk));
  decoder.finish();
  return out;
}

describe('POST /api/run', () => {
  it('streams the exchange back as frames', async () => {
    const response = await postRun({ method: 'GET', url: `${upstream.url}/hello` });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(FRAMES_CONTENT_TYPE);
    const got = await frames(response);
    expect(got.map((f) => (f.kind === 'event' ? f.event.type : 'body'))).toEqual([
      'request',
      'connection',
      'response',
      'body',
      'wire',
      'wire',
      'end',
    ]);
    const body = got.find((f) => f.kind === 'body');
    expect(new TextDecoder().decode(body?.kind === 'body' ? body.bytes : undefined)).toBe(
      'you asked for /hello',
    );
  });

  it.each([
    ['not JSON', '{"method":', '', 'not valid JSON'],
    ['a method with a space', { method: 'GET ME', url: 'http://x' }, 'method', 'one word'],
    [
      'a header name with a space',
      { method: 'GET', url: 'http://x', headers: [{ name: 'X Bad', value: '1' }] },
      'headers[0].name',
      'not a valid header name',
    ],
    [
      'a header name with a colon',
      { method: 'GET', url: 'http://x', headers: [{ name: 'X-Bad:', value: '1' }] },
      'headers[0].name',
      'not a valid header name',
    ],
    [
      'CR/LF in a header value',
      { method: 'GET', url: 'http://x', headers: [{ name: 'X-A', value: 'a\r\nB: c' }] },
      'headers[0].value',
      'line break',
    ],
    [
      'CR/LF in a bearer token',
      { method: 'GET', url: 'http://x', auth: { type: 'bearer', token: 'abc\r\nX-Evil: 1' } },
      'auth.token',
      'line break',
    ],
    [
      'CR/LF in a text body’s content type',
      { method: 'POST', url: 'http://x', body: { kind: 'text', text: '', contentType: 'a\r\nB: c' } },
      'body.contentType',
      '',
    ],
    ['an unknown body kind', { method: 'POST', url: 'http://x', body: { kind: 'yaml' } }, 'body.kind', ''],
    ['no URL', { method: 'GET', url: '' }, 'url', 'Type an address'],
  ])('refuses %s with 400 naming the field', async (_, body, field, words) => {
    const response = await postRun(body);
    expect(response.status).toBe(400);
    const { error } = ApiErrorBody.parse(await response.json());
    expect(error.kind).toBe('invalid-request');
    if (field !== '') expect(error.field).toBe(field);
    expect(error.message).toContain(words);
  });

  it('refuses an oversized description with 413', async () => {
    const response = await postRun({
      method: 'POST',
      url: 'http://x',
      body: { kind: 'text', text: 'x'.repeat(10_000) },
    });
    expect(response.status).toBe(413);
    expect(ApiErrorBody.parse(await response.json()).error.message).toContain('larger than');
  });

  it('aborts the upstream request as soon as the browser goes away', async () => {
    const blobs = await testBlobs();
    const server = serve({
      fetch: createApp({ config: configFromEnv({ launchToken: TEST_TOKEN }), logger, blobs }).fetch,
      hostname: '127.0.0.1',
      port: 0,
    });
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const controller = new AbortController();
      const response = await fetch(`http://127.0.0.1:${port}/api/run`, {
        method: 'POST',
        headers: pageHeaders({ 'Content-Type': 'application/json' }),
        body: JSON.stringify({ method: 'GET', url: `${upstream.url}/held` }),
        signal: controller.signal,
      });
      const decoder = new FrameDecoder();
      const reader = response.body!.getReader();
      let sawBody = false;
      while (!sawBody) {
        const { value } = await reader.read();
        for (const frame of decoder.push(value!)) if (frame.kind === 'body') sawBody = true;
      }
      const closed = upstreamClosed;
      controller.abort();
      await closed;
    } finally {
      server.close();
    }
  });
});

describe('PUT /api/blobs', () => {
  it('stores an upload and returns its id and size', async () => {
    const response = await (await app()).request(`${LOCAL_ORIGIN}/api/blobs`, {
      method: 'PUT',
      headers: pageHeaders(),
      body: 'hello file',
    });
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as { blobId: string; size: number };
    expect(receipt.size).toBe(10);
    expect(await (await testBlobs()).size(receipt.blobId)).toBe(10);
  });

  it('refuses a file over the limit with 413 and a plain message', async () => {
    const response = await (await app()).request(`${LOCAL_ORIGIN}/api/blobs`, {
      method: 'PUT',
      headers: pageHeaders(),
      body: 'x'.repeat(2000),
    });
    expect(response.status).toBe(413);
    expect(ApiErrorBody.parse(await response.json()).error.title).toBe('File too large');
  });
});

describe('GET /api/health', () => {
  it('says the proxy is up', async () => {
    const response = await (await app()).request(`${LOCAL_ORIGIN}/api/health`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
