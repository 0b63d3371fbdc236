import { once } from 'node:events';
import net from 'node:net';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import {
  base64ToBytes,
  parseWire,
  type RequestSpecInput,
  WIRE_CAPTURE_BYTES,
  type WireEvent,
} from '@playground/shared';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { createTestPki } from '../testing/certificates.ts';
import { run, testBlobs } from '../testing/run.ts';
import { startHttpServer, startHttpsServer, startRawServer } from '../testing/servers.ts';
import { ConnectionPool } from './connection-pool.ts';
import { tapWire } from './wire-capture.ts';

const capture = { captureWire: true } as const;

function wireOf(events: { type: string }[]): WireEvent[] {
  return events.filter((e): e is WireEvent => e.type === 'wire');
}

function text(event: WireEvent | undefined): string {
  return Buffer.from(base64ToBytes(event?.bytes ?? '')).toString('latin1');
}

/**
 * A server that records every byte it receives on each connection, and once a whole request
 * (head and Content-Length body) is in, writes `answer` exactly as given and closes.
 */
async function recordingServer(answer: (request: string) => string | Buffer) {
  const received: Buffer[] = [];
  const server = await startRawServer((socket) => {
    let got = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      const head = got.indexOf('\r\n\r\n');
      if (head === -1) return;
      const length = Number(
        /content-length: *(\d+)/i.exec(got.subarray(0, head).toString('latin1'))?.[1] ?? 0,
      );
      if (got.length < head + 4 + length) return;
      received.push(got);
      socket.end(answer(got.toString('latin1')));
    });
  });
  onTestFinished(() => server.close());
  return { ...server, received };
}

describe('wire capture through the engine', () => {
  it('keeps the exact bytes both ways, in the order and case they crossed', async () => {
    const answer =
      'HTTP/1.1 200 OK\r\nX-CaSe: kept\r\nset-cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: 5\r\n\r\nhello';
    const server = await recordingServer(() => answer);
    const result = await run(
      {
        method: 'GET',
        url: `http://127.0.0.1:${server.port}/get?a=1`,
        headers: [{ name: 'x-Mixed-CASE', value: 'yes' }],
      },
      capture,
    );
    expect(result.sequence).toEqual(['request', 'connection', 'response', 'body', 'wire', 'wire', 'end']);
    const [sent, received] = wireOf(result.events);
    expect(sent).toMatchObject({ hop: 0, direction: 'sent' });
    expect(text(sent)).toBe(server.received[0]?.toString('latin1'));
    expect(text(sent)).toContain('\r\nx-Mixed-CASE: yes\r\n');
    expect(text(received)).toBe(answer);
    expect(received?.totalBytes).toBe(answer.length);
    expect(result.body.toString()).toBe('hello');
  });

  it('shows the chunk-size lines of a chunked answer, while the body arrives decoded', async () => {
    const server = await startHttpServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first line\n');
      setImmediate(() => res.end('second\n'));
    });
    onTestFinished(() => server.close());
    const result = await run({ method: 'GET', url: `${server.url}/stream` }, capture);
    expect(result.body.toString()).toBe('first line\nsecond\n');
    const received = wireOf(result.events)[1];
    expect(text(received)).toMatch(/\r\n\r\nb\r\nfirst line\n\r\n7\r\nsecond\n\r\n0\r\n\r\n$/);
    const [message] = parseWire(base64ToBytes(received!.bytes), { direction: 'received' });
    expect(message?.framing).toBe('chunked');
    expect(message?.complete).toBe(true);
    expect(message?.parts.filter((p) => p.kind === 'chunk-size').map((p) => p.detail)).toEqual([
      '0xb = 11 bytes of data follow',
      '0x7 = 7 bytes of data follow',
    ]);
    expect(message?.parts.some((p) => p.kind === 'last-chunk')).toBe(true);
  });

  it('keeps a gzip body compressed, as it crossed', async () => {
    const zipped = gzipSync('decoded text '.repeat(50));
    const server = await startHttpServer((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': zipped.length }).end(zipped);
    });
    onTestFinished(() => server.close());
    const result = await run({ method: 'GET', url: server.url }, capture);
    expect(result.body.toString()).toBe('decoded text '.repeat(50));
    const bytes = base64ToBytes(wireOf(result.events)[1]!.bytes);
    const [message] = parseWire(bytes, { direction: 'received' });
    const body = message?.parts.find((p) => p.kind === 'body');
    expect(Buffer.from(bytes.subarray(body?.start, body?.end)).equals(zipped)).toBe(true);
    expect(message?.contentCodings).toEqual(['gzip']);
  });

  it('shows the boundary lines of a multipart upload, exactly as the server read them', async () => {
    const server = await recordingServer(() => 'HTTP/1.1 204 No Content\r\n\r\n');
    const blobs = await testBlobs();
    const { blobId, size } = await blobs.put(Readable.from([Buffer.from([0, 1, 2, 0xff])]), 1000);
    const result = await run(
      {
        method: 'POST',
        url: `http://127.0.0.1:${server.port}/post`,
        body: {
          kind: 'multipart',
          parts: [
            { kind: 'text', name: 'title', value: 'Hi' },
            {
              kind: 'file',
              name: 'upload',
              file: { blobId, fileName: 'a.bin', contentType: 'application/x-a', size },
            },
          ],
        },
      },
      capture,
    );
    const sent = wireOf(result.events)[0]!;
    expect(text(sent)).toBe(server.received[0]?.toString('latin1'));
    const [message] = parseWire(base64ToBytes(sent.bytes), { direction: 'sent' });
    const boundary = /boundary=(\S+)/.exec(text(sent))?.[1];
    const label = (kind: string) =>
      message?.parts.filter((p) => p.kind === kind).map((p) => text(sent).slice(p.start, p.end));
    expect(label('boundary')).toEqual([`--${boundary}`, `--${boundary}`]);
    expect(label('closing-boundary')).toEqual([`--${boundary}--`]);
    expect(label('part-body')).toEqual(['Hi', '\u0000\u0001\u0002\u00ff']);
    expect(label('part-field-value')).toContain('form-data; name="upload"; filename="a.bin"');
    expect(message?.complete).toBe(true);
  });

  it('captures each hop of a redirect chain before its redirect event', async () => {
    const server = await startHttpServer((req, res) => {
      if (req.url === '/one') return void res.writeHead(302, { Location: '/two' }).end('to two');
      if (req.url === '/two') return void res.writeHead(307, { Location: '/three' }).end();
      res.end('arrived');
    });
    onTestFinished(() => server.close());
    const result = await run({ method: 'GET', url: `${server.url}/one` }, capture);
    expect(result.sequence).toEqual([
      ...['request', 'connection', 'wire', 'wire', 'redirect'],
      ...['request', 'connection', 'wire', 'wire', 'redirect'],
      ...['request', 'connection', 'response', 'body', 'wire', 'wire', 'end'],
    ]);
    const wire = wireOf(result.events);
    expect(wire.map((w) => `${w.hop}:${w.direction}`)).toEqual([
      '0:sent',
      '0:received',
      '1:sent',
      '1:received',
      '2:sent',
      '2:received',
    ]);
    expect(wire.filter((w) => w.direction === 'sent').map((w) => text(w).split('\r\n')[0])).toEqual([
      'GET /one HTTP/1.1',
      'GET /two HTTP/1.1',
      'GET /three HTTP/1.1',
    ]);
    expect(text(wire[1])).toMatch(/^HTTP\/1\.1 302 Found\r\n/);
    expect(text(wire[3])).toMatch(/^HTTP\/1\.1 307 Temporary Redirect\r\n/);
  });

  it('captures the plain text inside TLS, with a certificate made for the test', async () => {
    const pki = await createTestPki();
    const leaf = await pki.leaf({ names: ['127.0.0.1'] });
    const server = await startHttpsServer((_req, res) => res.end('secret'), {
      cert: leaf.cert + pki.intermediate.cert,
      key: leaf.key,
    });
    onTestFinished(() => server.close());
    const result = await run(
      { method: 'GET', url: `${server.url}/tls` },
      { ...capture, extraCA: [pki.root.cert] },
    );
    expect(result.response?.status).toBe(200);
    const [sent, received] = wireOf(result.events);
    expect(text(sent)).toMatch(/^GET \/tls HTTP\/1\.1\r\n/);
    expect(text(received)).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\nsecret$/);
  });

  it('keeps only the first 64 KiB and counts the rest', async () => {
    const big = Buffer.alloc(200_000, 0x61);
    const server = await startHttpServer((_req, res) =>
      res.writeHead(200, { 'Content-Length': big.length }).end(big),
    );
    onTestFinished(() => server.close());
    const result = await run({ method: 'GET', url: server.url }, capture);
    const received = wireOf(result.events)[1]!;
    expect(base64ToBytes(received.bytes)).toHaveLength(WIRE_CAPTURE_BYTES);
    expect(received.totalBytes).toBeGreaterThan(200_000);
    expect(result.body).toHaveLength(200_000);
  });

  it('shows what a server sent when it broke the protocol', async () => {
    const server = await startRawServer((socket) =>
      socket.once('data', () => socket.end('HTTP/1.1 OK-ish\r\n\r\n')),
    );
    onTestFinished(() => server.close());
    const result = await run({ method: 'GET', url: `http://127.0.0.1:${server.port}/` }, capture);
    expect(result.sequence).toEqual(['request', 'connection', 'wire', 'wire', 'error']);
    expect(text(wireOf(result.events)[1])).toBe('HTTP/1.1 OK-ish\r\n\r\n');
  });

  it('captures nothing unless asked', async () => {
    const server = await startHttpServer((_req, res) => res.end('x'));
    onTestFinished(() => server.close());
    const result = await run({ method: 'GET', url: server.url });
    expect(wireOf(result.events)).toEqual([]);
  });

  it('captures only its own exchange on a kept-alive connection', async () => {
    const server = await startHttpServer((req, res) => res.end(`you asked for ${req.url}`));
    onTestFinished(() => server.close());
    const pool = new ConnectionPool();
    onTestFinished(() => pool.closeAll());
    const get = (path: string): RequestSpecInput => ({ method: 'GET', url: `${server.url}${path}` });
    await run(get('/first'), { ...capture, pool });
    const second = await run(get('/second'), { ...capture, pool });
    expect(second.events.find((e) => e.type === 'connection')).toMatchObject({ reused: true });
    const [sent, received] = wireOf(second.events);
    expect(text(sent)).toMatch(/^GET \/second HTTP\/1\.1\r\n/);
    expect(text(sent)).not.toContain('/first');
    expect(text(received)).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*you asked for \/second$/);
  });
});

describe('tapWire', () => {
  let cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const done of cleanup) done();
    cleanup = [];
  });

  it('hands the socket back as it found it', async () => {
    const server = net.createServer((peer) => peer.pipe(peer));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const socket = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
    cleanup.push(
      () => socket.destroy(),
      () => server.close(),
    );
    await once(socket, 'connect');
    const listeners = socket.listenerCount('data');
    const tap = tapWire(socket, 4);
    tap.onSocket();
    socket.write('ping!');
    await once(socket, 'data');
    tap.stop();
    expect(Object.hasOwn(socket, 'write')).toBe(false);
    expect(socket.listenerCount('data')).toBe(listeners);
    const [sent, received] = tap.events(3);
    expect(sent).toEqual({ type: 'wire', hop: 3, direction: 'sent', bytes: btoa('ping'), totalBytes: 5 });
    expect(received).toMatchObject({ direction: 'received', bytes: btoa('ping'), totalBytes: 5 });
    socket.write('more');
    await once(socket, 'data');
    expect(tap.events(3)[1].totalBytes).toBe(5);
  });
});
