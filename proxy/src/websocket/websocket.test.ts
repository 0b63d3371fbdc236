import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { type ProxyError, WS_PRACTICE_ECHO_PATH, type WsProxyEnvelope } from '@playground/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { TEST_TOKEN } from '../testing/app.ts';
import { createTestPki } from '../testing/certificates.ts';
import { listeningApp } from '../testing/listening-app.ts';
import { expectPlainWords } from '../testing/plain-words.ts';
import { freeClosedPort, startHttpServer } from '../testing/servers.ts';
import { ECHO_GREETING } from './practice-echo.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Received = WsProxyEnvelope | { type: 'binary'; bytes: Buffer } | { type: 'page-closed'; code: number };

/** A page socket to the relay, keeping everything the proxy sent, in order. */
function openPage(
  proxy: { port: number; origin: string },
  target: string,
  token: string | null = TEST_TOKEN,
) {
  const query = new URLSearchParams({ target, ...(token === null ? {} : { token }) });
  const ws = new WebSocket(`ws://127.0.0.1:${proxy.port}/api/ws?${query}`, { origin: proxy.origin });
  cleanups.push(() => ws.terminate());
  const received: Received[] = [];
  const waiters: (() => void)[] = [];
  const push = (item: Received) => {
    received.push(item);
    for (const wake of waiters.splice(0)) wake();
  };
  ws.on('message', (data, isBinary) => {
    if (isBinary) push({ type: 'binary', bytes: data as Buffer });
    else push(JSON.parse(data.toString()) as WsProxyEnvelope);
  });
  ws.on('close', (code) => push({ type: 'page-closed', code }));
  ws.on('error', () => {});
  /** Resolves with the first received item of this type (waiting for it if need be). */
  const next = async <T extends Received['type']>(
    type: T,
    after = 0,
  ): Promise<Extract<Received, { type: T }>> => {
    for (;;) {
      const found = received.slice(after).find((item) => item.type === type);
      if (found) return found as Extract<Received, { type: T }>;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { ws, received, next, opened: new Promise<void>((resolve) => ws.once('open', () => resolve())) };
}

async function echoServer() {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  wss.on('connection', (socket, request) => {
    socket.send(`hello ${request.headers['sec-websocket-version']}`);
    socket.on('message', (data, isBinary) => {
      if (!isBinary && data.toString() === 'bye') socket.close(4001, 'asked to leave');
      else socket.send(data, { binary: isBinary });
    });
  });
  cleanups.push(() => new Promise<void>((resolve) => wss.close(() => resolve())));
  for (const client of wss.clients) cleanups.push(() => client.terminate());
  return { url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/chat` };
}

async function proxyApp(
  config: Parameters<typeof listeningApp>[0] = {},
  deps: Parameters<typeof listeningApp>[1] = {},
) {
  const proxy = await listeningApp(config, deps);
  cleanups.push(() => proxy.close());
  return proxy;
}

describe('the WebSocket relay', () => {
  it('reports the handshake and relays text and binary both ways, then the close code', async () => {
    const target = await echoServer();
    const page = openPage(await proxyApp(), target.url);
    const handshake = await page.next('handshake');
    expect(handshake.request.line).toBe('GET /chat HTTP/1.1');
    expect(handshake.request.headers.map(([name]) => name.toLowerCase())).toEqual(
      expect.arrayContaining(['upgrade', 'connection', 'sec-websocket-key', 'host']),
    );
    expect(handshake.response.status).toBe(101);
    expect(handshake.response.headers.map(([name]) => name.toLowerCase())).toContain('sec-websocket-accept');
    expect((await page.next('text')).data).toBe('hello 13');

    page.ws.send(JSON.stringify({ type: 'text', data: 'ping ünïcode' }));
    expect((await page.next('text', 2)).data).toBe('ping ünïcode');
    page.ws.send(Buffer.from([0, 1, 2, 255]), { binary: true });
    expect([...(await page.next('binary')).bytes]).toEqual([0, 1, 2, 255]);

    page.ws.send(JSON.stringify({ type: 'text', data: 'bye' }));
    expect(await page.next('closed')).toEqual({ type: 'closed', code: 4001, reason: 'asked to leave' });
    expect((await page.next('page-closed')).code).toBe(1000);
  });

  it('closes the target with the code the page asks for, and reports its answer', async () => {
    const target = await echoServer();
    const page = openPage(await proxyApp(), target.url);
    await page.next('handshake');
    page.ws.send(JSON.stringify({ type: 'close', code: 1000, reason: 'done' }));
    expect(await page.next('closed')).toEqual({ type: 'closed', code: 1000, reason: 'done' });
  });

  it('serves the practice echo, which greets and echoes', async () => {
    const proxy = await proxyApp();
    const page = openPage(proxy, `ws://127.0.0.1:${proxy.port}${WS_PRACTICE_ECHO_PATH}`);
    expect((await page.next('text')).data).toBe(ECHO_GREETING);
    page.ws.send(JSON.stringify({ type: 'text', data: 'marco' }));
    expect((await page.next('text', 2)).data).toBe('marco');
  });

  it('says so in words when nothing listens at the target', async () => {
    const page = openPage(await proxyApp(), `ws://127.0.0.1:${await freeClosedPort()}/`);
    const { error } = await page.next('error');
    expect(error.kind).toBe('connection-refused');
    expectPlainWords(error);
    expect((await page.next('page-closed')).code).toBe(1000);
  });

  it('shows the answer of a server that does not speak WebSocket', async () => {
    const plain = await startHttpServer((_req, res) => res.end('just HTTP'));
    cleanups.push(() => plain.close());
    const page = openPage(await proxyApp(), `ws://127.0.0.1:${plain.port}/`);
    expect((await page.next('handshake')).response.status).toBe(200);
    const { error } = await page.next('error');
    expect(error.message).toContain('instead of 101 Switching Protocols');
    expectPlainWords(error);
  });

  it('refuses an address that is not ws:// or wss://', async () => {
    const page = openPage(await proxyApp(), 'http://127.0.0.1:1/');
    expect((await page.next('error')).error.kind).toBe('unsupported-scheme');
  });

  describe('wss', () => {
    async function wssServer(cert: string, key: string) {
      const server = https.createServer({ cert, key });
      const wss = new WebSocketServer({ server });
      wss.on('connection', (socket) => socket.on('message', (data) => socket.send(data.toString())));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
      cleanups.push(() => {
        for (const client of wss.clients) client.terminate();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      });
      return `wss://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    }

    it('verifies the certificate: a self-signed one is refused in words', async () => {
      const pki = await createTestPki();
      const self = await pki.selfSigned({ names: ['127.0.0.1'] });
      const page = openPage(await proxyApp(), await wssServer(self.cert, self.key));
      const { error } = await page.next('error');
      expect(error.kind).toBe('tls-self-signed');
      expectPlainWords(error);
    });

    it('connects to a server whose chain leads to a trusted root', async () => {
      const pki = await createTestPki();
      const leaf = await pki.leaf({ names: ['127.0.0.1'] });
      const url = await wssServer(leaf.cert + pki.intermediate.cert, leaf.key);
      const page = openPage(await proxyApp({}, { extraCA: [pki.root.cert] }), url);
      expect((await page.next('handshake')).response.status).toBe(101);
      page.ws.send(JSON.stringify({ type: 'text', data: 'secret' }));
      expect((await page.next('text')).data).toBe('secret');
    });
  });

  describe('security', () => {
    /** The HTTP status an upgrade was refused with. */
    function refusedWith(url: string, origin: string): Promise<number> {
      return new Promise((resolve, reject) => {
        const ws = new WebSocket(url, { origin });
        ws.on('unexpected-response', (_req, res) => {
          resolve(res.statusCode ?? 0);
          res.destroy();
        });
        ws.on('open', () => reject(new Error('the upgrade was accepted')));
        ws.on('error', () => {});
      });
    }

    it("refuses another website's page, and a page without the launch key", async () => {
      const target = await echoServer();
      const proxy = await proxyApp();
      const relayUrl = (token: string | null) =>
        `ws://127.0.0.1:${proxy.port}/api/ws?${new URLSearchParams({ target: target.url, ...(token ? { token } : {}) })}`;
      expect(await refusedWith(relayUrl(TEST_TOKEN), 'https://evil.example')).toBe(403);
      expect(await refusedWith(relayUrl(null), proxy.origin)).toBe(403);
      expect(await refusedWith(relayUrl('wrong-token'), proxy.origin)).toBe(403);
    });

    it('a shared playground refuses private targets but still reaches its own practice echo', async () => {
      const target = await echoServer();
      const proxy = await proxyApp({ mode: 'shared' });
      const refused = openPage(proxy, target.url, null);
      const { error } = await refused.next('error');
      expect(error.kind).toBe('blocked');
      expect((error as ProxyError).message).toContain('loopback');

      const echo = openPage(proxy, `ws://127.0.0.1:${proxy.port}${WS_PRACTICE_ECHO_PATH}`, null);
      expect((await echo.next('text')).data).toBe(ECHO_GREETING);
    });

    it('a shared playground counts a conversation as a running request until it closes', async () => {
      const proxy = await proxyApp({ mode: 'shared', concurrentRequests: 1 });
      const echoUrl = `ws://127.0.0.1:${proxy.port}${WS_PRACTICE_ECHO_PATH}`;
      const first = openPage(proxy, echoUrl, null);
      await first.next('handshake');
      expect(await refusedWith(`ws://127.0.0.1:${proxy.port}/api/ws?target=${echoUrl}`, proxy.origin)).toBe(
        429,
      );
      first.ws.close();
      await first.next('page-closed');
      // The proxy's side of the socket closes a moment after the page's: retry until it has.
      await vi.waitFor(async () => {
        const again = openPage(proxy, echoUrl, null);
        expect((await Promise.race([again.next('handshake'), again.next('page-closed')])).type).toBe(
          'handshake',
        );
      });
    });
  });
});
