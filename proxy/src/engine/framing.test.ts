import { describe, expect, it, onTestFinished } from 'vitest';
import { expectPlainWords } from '../testing/plain-words.ts';
import { run } from '../testing/run.ts';
import { startRawServer } from '../testing/servers.ts';

/** A server that records the raw request bytes and answers 200 once the request looks complete. */
async function recorder() {
  const seen: string[] = [];
  const server = await startRawServer((socket) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      const head = text.indexOf('\r\n\r\n');
      if (head < 0) return;
      const chunked = /transfer-encoding: chunked/i.test(text.slice(0, head));
      const length = Number(/content-length: (\d+)/i.exec(text.slice(0, head))?.[1] ?? 0);
      const done = chunked ? text.endsWith('0\r\n\r\n') : text.length >= head + 4 + length;
      if (done) {
        seen.push(text);
        socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
      }
    });
  });
  onTestFinished(() => server.close());
  return { url: `http://127.0.0.1:${server.port}`, seen };
}

const post = (url: string, headers: { name: string; value: string }[]) => ({
  method: 'POST',
  url,
  headers,
  body: { kind: 'text' as const, text: 'hello' },
});

describe('how the body is framed', () => {
  it('honours a Transfer-Encoding: chunked the learner set, without a Content-Length', async () => {
    const server = await recorder();

    const result = await run(post(server.url, [{ name: 'Transfer-Encoding', value: 'chunked' }]));

    expect(result.response?.status).toBe(200);
    expect(server.seen[0]).toMatch(/\r\nTransfer-Encoding: chunked\r\n/);
    expect(server.seen[0]).not.toMatch(/content-length/i);
    expect(server.seen[0]).toMatch(/\r\n\r\n5\r\nhello\r\n0\r\n\r\n$/);
  });

  it('accepts a Content-Length that matches the body', async () => {
    const server = await recorder();
    const result = await run(post(server.url, [{ name: 'content-length', value: '5' }]));
    expect(result.response?.status).toBe(200);
    expect(server.seen[0]?.match(/content-length/gi)).toHaveLength(1);
  });

  it.each([
    [
      'a Content-Length that is not the body’s length',
      [{ name: 'Content-Length', value: '3' }],
      'headers[0].value',
      'does not match',
    ],
    [
      'a transfer coding the playground does not apply',
      [{ name: 'Transfer-Encoding', value: 'gzip, chunked' }],
      'headers[0].value',
      'not supported',
    ],
    [
      'both Content-Length and Transfer-Encoding',
      [
        { name: 'X-Note', value: 'smuggle' },
        { name: 'Transfer-Encoding', value: 'chunked' },
        { name: 'Content-Length', value: '5' },
      ],
      'headers[2].value',
      'Two ways',
    ],
  ])('refuses %s, naming the header, before connecting', async (_, headers, field, title) => {
    const server = await recorder();

    const result = await run(post(server.url, headers));

    expect(result.sequence).toEqual(['error']);
    expect(result.error).toMatchObject({ kind: 'invalid-request', field });
    expect(result.error?.title).toContain(title);
    expectPlainWords(result.error);
    expect(server.seen).toHaveLength(0);
  });

  it('passes Connection and Upgrade as written: the connection is the request’s own', async () => {
    const server = await recorder();

    const result = await run({
      method: 'GET',
      url: server.url,
      headers: [
        { name: 'Connection', value: 'keep-alive, Upgrade' },
        { name: 'Upgrade', value: 'websocket' },
      ],
    });

    expect(result.response?.status).toBe(200);
    expect(server.seen[0]).toMatch(/\r\nConnection: keep-alive, Upgrade\r\nUpgrade: websocket\r\n/);
  });

  it('ignores a disabled row when checking', async () => {
    const server = await recorder();
    const result = await run({
      ...post(server.url, []),
      headers: [{ name: 'Content-Length', value: '999', enabled: false }],
    });
    expect(result.response?.status).toBe(200);
  });
});
