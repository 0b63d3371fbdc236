import type net from 'node:net';
import type { ProxyError } from '@playground/shared';
import { describe, expect, it, onTestFinished } from 'vitest';
import { expectPlainWords } from '../testing/plain-words.ts';
import { header, type RunResult, run } from '../testing/run.ts';
import { freeClosedPort, startHttpServer, startRawServer } from '../testing/servers.ts';

/** Starts a server that misbehaves below HTTP, closed after the test; `url` is its http:// address. */
async function raw(onSocket: (socket: net.Socket) => void) {
  const server = await startRawServer(onSocket);
  onTestFinished(() => server.close());
  return { ...server, url: `http://127.0.0.1:${server.port}` };
}

/** Starts an HTTP server, closed after the test. */
async function http(handler: Parameters<typeof startHttpServer>[0]) {
  const server = await startHttpServer(handler);
  onTestFinished(() => server.close());
  return server;
}

/** The run ended with exactly one `error` event, as its last event; returns that error. */
function failure(result: RunResult): ProxyError {
  expect(result.events.filter((e) => e.type === 'error')).toHaveLength(1);
  expect(result.events.at(-1)?.type).toBe('error');
  expect(result.end).toBeUndefined();
  expectPlainWords(result.error!);
  return result.error!;
}

const quick = (timeouts: { connectMs?: number; firstByteMs?: number; totalMs?: number }) => ({ timeouts });

describe('failures before a connection', () => {
  it('says nothing is listening when the connection is refused', async () => {
    const port = await freeClosedPort();

    const result = await run({ method: 'GET', url: `http://127.0.0.1:${port}/` });

    expect(result.sequence).toEqual(['error']);
    const error = failure(result);
    expect(error).toMatchObject({ kind: 'connection-refused', code: 'ECONNREFUSED' });
    expect(error.message).toContain(`127.0.0.1:${port}`);
  });

  it('says a name does not exist, quickly and without internet', async () => {
    const result = await run({ method: 'GET', url: 'http://nothing.invalid/' });

    expect(result.sequence).toEqual(['error']);
    const error = failure(result);
    expect(error.kind).toBe('dns');
    expect(error.code).toBe('ENOTFOUND');
    expect(error.message).toContain('"nothing.invalid"');
    // `.invalid` never resolves (RFC 6761): the answer must not wait on a DNS server that is not there.
    const last = result.events.at(-1);
    expect(last?.type === 'error' && last.timings?.total).toBeLessThan(2_000);
  });

  it('times out in the connect phase when the TLS handshake never completes', async () => {
    const silent = await raw(() => {}); // accepts, reads nothing, never answers the ClientHello

    const result = await run({
      method: 'GET',
      url: `https://127.0.0.1:${silent.port}/`,
      options: quick({ connectMs: 100 }),
    });

    expect(result.sequence).toEqual(['error']);
    const error = failure(result);
    expect(error).toMatchObject({ kind: 'timeout', phase: 'connect' });
    expect(error.message).toContain(`127.0.0.1:${silent.port}`);
    expect(error.message).toContain('100 ms');
  });

  it('rejects an address that is not one', async () => {
    const result = await run({ method: 'GET', url: 'http://exa mple.com/' });

    expect(result.sequence).toEqual(['error']);
    expect(failure(result)).toMatchObject({ kind: 'invalid-url', field: 'url' });
  });

  it('rejects a scheme other than http and https', async () => {
    const result = await run({ method: 'GET', url: 'ftp://x/' });

    expect(result.sequence).toEqual(['error']);
    const error = failure(result);
    expect(error).toMatchObject({ kind: 'unsupported-scheme', field: 'url' });
    expect(error.message).toContain('ftp://');
  });

  it('passes on the refusal of a connect policy as given', async () => {
    const server = await http((_req, res) => res.end('should not be reached'));
    let reached = false;
    server.server.on('connection', () => {
      reached = true;
    });
    const refusal: ProxyError = {
      kind: 'blocked',
      title: 'Address not allowed',
      message: 'This playground may not connect to 127.0.0.1.',
      hint: 'Use a public address.',
    };

    const result = await run(
      { method: 'GET', url: `${server.url}/` },
      { policy: ({ address }) => (address === '127.0.0.1' ? refusal : null) },
    );

    expect(result.sequence).toEqual(['error']);
    expect(failure(result)).toEqual(refusal);
    expect(reached).toBe(false);
  });
});

describe('failures after the request went out', () => {
  it('times out waiting for the first byte when the server never answers', async () => {
    const mute = await raw((socket) => socket.resume()); // reads the request, says nothing

    const result = await run({ method: 'GET', url: `${mute.url}/`, options: quick({ firstByteMs: 100 }) });

    expect(result.sequence).toEqual(['request', 'connection', 'error']);
    const error = failure(result);
    expect(error).toMatchObject({ kind: 'timeout', phase: 'first-byte' });
    expect(error.message).toContain('100 ms');
  });

  it('times out overall when the body drips too slowly', async () => {
    const slow = await http((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first drop\n');
      const drip = setInterval(() => res.write('.'), 20);
      res.on('close', () => clearInterval(drip));
    });

    const result = await run({ method: 'GET', url: `${slow.url}/`, options: quick({ totalMs: 300 }) });

    expect(result.sequence).toEqual(['request', 'connection', 'response', 'body', 'error']);
    expect(result.response?.status).toBe(200);
    expect(result.body.toString()).toMatch(/^first drop\n/);
    const error = failure(result);
    expect(error).toMatchObject({ kind: 'timeout', phase: 'total' });
    expect(error.message).toContain('300 ms');
  });

  it('says the connection was reset when the server hangs up before answering', async () => {
    const rude = await raw((socket) => socket.once('data', () => socket.resetAndDestroy()));

    const result = await run({ method: 'GET', url: `${rude.url}/` });

    expect(result.sequence).toEqual(['request', 'connection', 'error']);
    const error = failure(result);
    expect(error).toMatchObject({ kind: 'connection-reset', code: 'ECONNRESET' });
    expect(error.message).toContain(`127.0.0.1:${rude.port}`);
  });

  it('says how many bytes arrived when the connection is reset mid-body', async () => {
    const sockets: net.Socket[] = [];
    const halfway = await raw((socket) =>
      socket.once('data', () => {
        sockets.push(socket);
        socket.write(`HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n${'x'.repeat(100)}`);
      }),
    );

    // The reset waits for the engine to report the response, so the 100 bytes are surely on their way.
    const result = await run({ method: 'GET', url: `${halfway.url}/` }, {}, undefined, (type) => {
      if (type === 'response') for (const socket of sockets) socket.resetAndDestroy();
    });

    expect(result.sequence).toEqual(['request', 'connection', 'response', 'body', 'error']);
    const error = failure(result);
    expect(error.kind).toBe('connection-reset');
    expect(error.message).toContain('after 100 bytes');
    expect(error.message).toContain('1000 bytes announced');
  });

  it('says how many bytes arrived when the body is shorter than its Content-Length', async () => {
    const liar = await raw((socket) =>
      socket.once('data', () => {
        socket.end(`HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n${'x'.repeat(100)}`);
      }),
    );

    const result = await run({ method: 'GET', url: `${liar.url}/` });

    expect(result.sequence).toEqual(['request', 'connection', 'response', 'body', 'error']);
    expect(result.body.length).toBe(100);
    const error = failure(result);
    expect(error.kind).toBe('connection-reset');
    expect(error.message).toContain('after 100 bytes');
    expect(error.message).toContain('1000 bytes announced');
  });

  it('says a malformed status line is not HTTP', async () => {
    const babbler = await raw((socket) => socket.once('data', () => socket.end('HELLO THERE\r\n\r\n')));

    const result = await run({ method: 'GET', url: `${babbler.url}/` });

    expect(result.sequence).toEqual(['request', 'connection', 'error']);
    const error = failure(result);
    expect(error).toMatchObject({ kind: 'protocol', code: 'HPE_INVALID_CONSTANT' });
    expect(error.message).toContain('not valid HTTP: its answer does not start with "HTTP/"');
  });

  it('receives a 20 KB header value intact', async () => {
    const big = 'v'.repeat(20 * 1024);
    const server = await http((_req, res) => res.writeHead(200, { 'X-Big': big }).end('ok'));

    const result = await run({ method: 'GET', url: `${server.url}/` });

    expect(result.error).toBeUndefined();
    expect(result.response?.status).toBe(200);
    expect(header(result.response?.headers, 'x-big')).toBe(big);
    expect(result.end?.sizes.headerBytes).toBeGreaterThan(20 * 1024);
  });

  it('refuses a response head larger than the limit, in words', async () => {
    const server = await http((_req, res) => res.writeHead(200, { 'X-Big': 'v'.repeat(20 * 1024) }).end());

    const result = await run({ method: 'GET', url: `${server.url}/` }, { maxResponseHeaderBytes: 16 * 1024 });

    expect(result.sequence).toEqual(['request', 'connection', 'error']);
    const error = failure(result);
    expect(error).toMatchObject({
      kind: 'protocol',
      code: 'HPE_HEADER_OVERFLOW',
      title: 'Response headers too large',
    });
    expect(error.message).toContain('16 KB');
  });

  it('stops a response body larger than the limit', async () => {
    const server = await http((_req, res) => res.end('x'.repeat(64 * 1024)));

    const result = await run({ method: 'GET', url: `${server.url}/` }, { maxResponseBytes: 4096 });

    expect(result.sequence.slice(0, 3)).toEqual(['request', 'connection', 'response']);
    const error = failure(result);
    expect(error.kind).toBe('response-too-large');
    expect(error.message).toContain('4096 bytes');
    expect(result.body.length).toBeLessThanOrEqual(4096);
  });
});

describe('misbehaving servers with a response cap (shared playgrounds)', () => {
  const capped = { maxResponseBytes: 64 * 1024, truncateResponse: true };

  it('cuts an endless response at the cap, marks it truncated and hangs up', async () => {
    let closed = false;
    const endless = await http((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      const chunk = Buffer.alloc(16 * 1024, 0x61);
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) {}
      };
      res.on('drain', pump);
      res.on('close', () => {
        closed = true;
      });
      pump();
    });

    const result = await run({ method: 'GET', url: `${endless.url}/` }, capped);

    expect(result.error).toBeUndefined();
    expect(result.sequence).toEqual(['request', 'connection', 'response', 'body', 'end']);
    expect(result.body.length).toBe(64 * 1024);
    expect(result.end).toMatchObject({ truncated: true, sizes: { bodyBytes: 64 * 1024 } });
    await expect.poll(() => closed).toBe(true);
  });

  it('cuts a huge compressed body by its decoded size', async () => {
    const { gzipSync } = await import('node:zlib');
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024));
    const server = await http((_req, res) =>
      res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': bomb.length }).end(bomb),
    );

    const result = await run({ method: 'GET', url: `${server.url}/` }, capped);

    expect(result.body.length).toBe(64 * 1024);
    expect(result.end?.truncated).toBe(true);
    expect(result.end?.sizes.bodyWireBytes).toBeLessThan(bomb.length + 1);
  });

  it('does not mark a body that fits', async () => {
    const server = await http((_req, res) => res.end('small'));
    const result = await run({ method: 'GET', url: `${server.url}/` }, capped);
    expect(result.body.toString()).toBe('small');
    expect(result.end?.truncated).toBeUndefined();
  });
});

describe('more misbehaviour, each with its own result', () => {
  it('reads only what Content-Length announced when the server sends more', async () => {
    const liar = await raw((socket) =>
      socket.once('data', () => socket.end(`HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello, and more`)),
    );

    const result = await run({ method: 'GET', url: `${liar.url}/` });

    expect(result.error).toBeUndefined();
    expect(result.response?.contentLength).toBe(5);
    expect(result.body.toString()).toBe('hello');
  });

  it.each([
    ['a status code that is not a number', 'HTTP/1.1 2OO OK\r\n\r\n', 'HPE_INVALID_STATUS'],
    ['a header line without a colon', 'HTTP/1.1 200 OK\r\nNot a header\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
    [
      'both Content-Length and Transfer-Encoding',
      'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
      'HPE_INVALID_TRANSFER_ENCODING',
    ],
    [
      'a Content-Length that is not a number',
      'HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n',
      'HPE_INVALID_CONTENT_LENGTH',
    ],
  ])('says a response with %s is not valid HTTP', async (_, answer, code) => {
    const babbler = await raw((socket) => socket.once('data', () => socket.end(answer)));

    const result = await run({ method: 'GET', url: `${babbler.url}/` });

    const error = failure(result);
    expect(error).toMatchObject({ kind: 'protocol', code });
    expect(error.message).toContain('not valid HTTP');
  });

  it('says so when a chunked body breaks off with a bad chunk size', async () => {
    const broken = await raw((socket) =>
      socket.once('data', () =>
        socket.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nZZ\r\n'),
      ),
    );

    const result = await run({ method: 'GET', url: `${broken.url}/` });

    expect(result.response?.status).toBe(200);
    const error = failure(result);
    expect(['protocol', 'connection-reset']).toContain(error.kind);
  });

  it('keeps serving others while one server never answers', async () => {
    const mute = await raw((socket) => socket.resume());
    const healthy = await http((_req, res) => res.end('fine'));
    const controller = new AbortController();

    const stuck = run({ method: 'GET', url: `${mute.url}/` }, {}, controller.signal);
    const others = await Promise.all(
      Array.from({ length: 5 }, () => run({ method: 'GET', url: `${healthy.url}/` })),
    );

    for (const other of others) expect(other.body.toString()).toBe('fine');
    controller.abort();
    expect((await stuck).error).toBeUndefined(); // cancelled: no error, no response
  });
});
