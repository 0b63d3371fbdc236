import type { ConnectionEvent } from '@playground/shared';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { createTestPki } from '../testing/certificates.ts';
import { run } from '../testing/run.ts';
import { startHttpServer, startHttpsServer, startRawServer } from '../testing/servers.ts';
import { ConnectionPool } from './connection-pool.ts';

let pool: ConnectionPool;
afterEach(() => pool?.closeAll());

/** The connection the response came on (a retried hop reports its new connection last). */
function connectionOf(result: Awaited<ReturnType<typeof run>>): ConnectionEvent {
  return result.events.filter((e): e is ConnectionEvent => e.type === 'connection').at(-1)!;
}

/** A keep-alive server that counts the TCP connections it accepted. */
async function countingServer(headers: Record<string, string> = {}) {
  const server = await startHttpServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain', ...headers });
    res.end('hello');
  });
  let connections = 0;
  server.server.on('connection', () => {
    connections += 1;
  });
  onTestFinished(() => server.close());
  return { url: server.url, connections: () => connections };
}

describe('kept-alive connections', () => {
  it('are reused for the next request to the same origin, with no connect phase to show', async () => {
    pool = new ConnectionPool();
    const server = await countingServer();
    const first = await run({ method: 'GET', url: `${server.url}/a` }, { pool });
    const second = await run({ method: 'GET', url: `${server.url}/b` }, { pool });
    expect(first.response?.status).toBe(200);
    expect(second.body.toString()).toBe('hello');
    expect(connectionOf(first).reused).toBe(false);
    expect(connectionOf(second).reused).toBe(true);
    expect(first.end?.timings.connect).not.toBeNull();
    expect(second.end?.timings.connect).toBeNull();
    expect(server.connections()).toBe(1);
  });

  it('are not kept when the server says Connection: close', async () => {
    pool = new ConnectionPool();
    const server = await countingServer({ Connection: 'close' });
    await run({ method: 'GET', url: `${server.url}/a` }, { pool });
    const second = await run({ method: 'GET', url: `${server.url}/b` }, { pool });
    expect(connectionOf(second).reused).toBe(false);
    expect(server.connections()).toBe(2);
  });

  it('are never shared between origins', async () => {
    pool = new ConnectionPool();
    const one = await countingServer();
    const two = await countingServer();
    await run({ method: 'GET', url: `${one.url}/` }, { pool });
    const other = await run({ method: 'GET', url: `${two.url}/` }, { pool });
    expect(connectionOf(other).reused).toBe(false);
    expect(two.connections()).toBe(1);
  });

  it('are replaced by a new one when the server closed the kept one as it was reused', async () => {
    pool = new ConnectionPool();
    // Answers the first request on each connection, then hangs up on the next without a word.
    const server = await startRawServer((socket) => {
      let answered = false;
      socket.on('data', () => {
        if (answered) {
          socket.destroy();
          return;
        }
        answered = true;
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nKeep-Alive: timeout=30\r\n\r\nok');
      });
    });
    onTestFinished(() => server.close());
    const url = `http://127.0.0.1:${server.port}/`;
    await run({ method: 'GET', url }, { pool });
    const second = await run({ method: 'POST', url, body: { kind: 'text', text: 'again' } }, { pool });
    expect(second.error).toBeUndefined();
    expect(second.response?.status).toBe(200);
    expect(second.body.toString()).toBe('ok');
    expect(connectionOf(second).reused).toBe(false);
  });

  it('keep their TLS details when reused over HTTPS', async () => {
    pool = new ConnectionPool();
    const pki = await createTestPki();
    const leaf = await pki.leaf({ names: ['127.0.0.1'] });
    const server = await startHttpsServer((_req, res) => res.end('secure'), {
      cert: leaf.cert + pki.intermediate.cert,
      key: leaf.key,
    });
    onTestFinished(() => server.close());
    const deps = { pool, extraCA: [pki.root.cert] };
    await run({ method: 'GET', url: `${server.url}/` }, deps);
    const second = await run({ method: 'GET', url: `${server.url}/` }, deps);
    expect(connectionOf(second).reused).toBe(true);
    expect(connectionOf(second).tls?.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(second.body.toString()).toBe('secure');
  });
});
