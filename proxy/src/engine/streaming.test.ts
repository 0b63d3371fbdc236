import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { brotliCompressSync, constants, createGzip } from 'node:zlib';
import { RequestSpec } from '@playground/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBlobs } from '../testing/run.ts';
import { type RunningServer, startHttpServer } from '../testing/servers.ts';
import { runRequest } from './run-request.ts';

let server: RunningServer;
/** Responses waiting for the test to write their next chunk. */
const held: ServerResponse[] = [];
let upstreamClosed: Promise<unknown> = Promise.resolve();

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    if (req.url === '/held') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first chunk\n');
      upstreamClosed = once(res, 'close');
      held.push(res);
      return;
    }
    if (req.url === '/gzip-stream') {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' });
      const gzip = createGzip({ flush: constants.Z_SYNC_FLUSH });
      gzip.pipe(res);
      gzip.write('compressed first\n');
      held.push(Object.assign(res, { gzip }));
      return;
    }
    if (req.url === '/br') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'br' });
      res.end(brotliCompressSync(Buffer.from(JSON.stringify({ brotli: true, pad: 'x'.repeat(1000) }))));
      return;
    }
    if (req.url === '/binary') {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(Buffer.from([0, 1, 2, 255, 254, 0x0d, 0x0a, 0]));
      return;
    }
    res.writeHead(404).end();
  });
});
afterAll(() => server.close());

const deps = async () => ({
  blobs: await testBlobs(),
  maxResponseBytes: Number.POSITIVE_INFINITY,
  maxResponseHeaderBytes: 65536,
});

describe('streaming', () => {
  it('forwards the first chunk without waiting for the rest', async () => {
    const events = runRequest(
      RequestSpec.parse({ method: 'GET', url: `${server.url}/held` }),
      await deps(),
      new AbortController().signal,
    );
    const types: string[] = [];
    let next = await events.next();
    while (!next.done && !(next.value instanceof Uint8Array)) {
      types.push(next.value.type);
      next = await events.next();
    }
    expect(types).toEqual(['request', 'connection', 'response']);
    // The server has written one chunk and is still holding the response open.
    expect(Buffer.from(next.value as Uint8Array).toString()).toBe('first chunk\n');
    const res = held.pop()!;
    res.end('second chunk\n');
    const rest: string[] = [];
    for await (const item of events)
      rest.push(item instanceof Uint8Array ? Buffer.from(item).toString() : item.type);
    expect(rest).toEqual(['second chunk\n', 'end']);
  });

  it('decodes a gzip stream chunk by chunk as it arrives', async () => {
    const events = runRequest(
      RequestSpec.parse({ method: 'GET', url: `${server.url}/gzip-stream` }),
      await deps(),
      new AbortController().signal,
    );
    let next = await events.next();
    while (!next.done && !(next.value instanceof Uint8Array)) next = await events.next();
    expect(Buffer.from(next.value as Uint8Array).toString()).toBe('compressed first\n');
    const res = held.pop() as ServerResponse & { gzip: ReturnType<typeof createGzip> };
    res.gzip.end('compressed second\n');
    let text = '';
    for await (const item of events) if (item instanceof Uint8Array) text += Buffer.from(item).toString();
    expect(text).toBe('compressed second\n');
  });

  it('decodes brotli', async () => {
    const events = runRequest(
      RequestSpec.parse({ method: 'GET', url: `${server.url}/br` }),
      await deps(),
      new AbortController().signal,
    );
    const chunks: Buffer[] = [];
    let encoding: string | null = null;
    for await (const item of events) {
      if (item instanceof Uint8Array) chunks.push(Buffer.from(item));
      else if (item.type === 'response') encoding = item.contentEncoding;
    }
    expect(encoding).toBe('br');
    expect(JSON.parse(Buffer.concat(chunks).toString()).brotli).toBe(true);
  });

  it('passes binary bytes through unchanged', async () => {
    const events = runRequest(
      RequestSpec.parse({ method: 'GET', url: `${server.url}/binary` }),
      await deps(),
      new AbortController().signal,
    );
    const chunks: Buffer[] = [];
    for await (const item of events) if (item instanceof Uint8Array) chunks.push(Buffer.from(item));
    expect([...Buffer.concat(chunks)]).toEqual([0, 1, 2, 255, 254, 0x0d, 0x0a, 0]);
  });

  it('closes the upstream connection at once when cancelled mid-body', async () => {
    const controller = new AbortController();
    const events = runRequest(
      RequestSpec.parse({ method: 'GET', url: `${server.url}/held` }),
      await deps(),
      controller.signal,
    );
    let next = await events.next();
    while (!next.done && !(next.value instanceof Uint8Array)) next = await events.next();
    const closed = upstreamClosed;
    controller.abort();
    const after: unknown[] = [];
    for await (const item of events) after.push(item);
    await closed; // the server sees its client go away
    expect(after).toEqual([]); // nothing more is reported to a browser that left
    held.pop();
  });
});
