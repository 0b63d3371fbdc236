import { gzipSync } from 'node:zlib';
import type { RequestSentEvent } from '@playground/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { header, run } from '../testing/run.ts';
import { type RunningServer, startHttpServer } from '../testing/servers.ts';

let server: RunningServer;
const seen: { method?: string; url?: string; rawHeaders?: string[]; body?: string } = {};

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.method = req.method;
      seen.url = req.url;
      seen.rawHeaders = req.rawHeaders;
      seen.body = Buffer.concat(chunks).toString('utf8');
      if (req.url === '/cookies') {
        res.writeHead(200, 'Fine Thanks', [
          ['Set-Cookie', 'a=1'],
          ['Set-Cookie', 'b=2'],
          ['X-Dup', 'one'],
          ['X-Dup', 'two'],
          ['Content-Type', 'text/plain'],
        ]);
        res.end('cookies');
        return;
      }
      if (req.url === '/gzip') {
        res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' });
        res.end(gzipSync(JSON.stringify({ hello: 'world'.repeat(100) })));
        return;
      }
      if (req.url === '/missing') {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('nope');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ method: req.method, url: req.url }));
    });
  });
});
afterAll(() => server.close());

describe('runRequest over plain HTTP', () => {
  it('streams request, connection, response, body and end, in that order', async () => {
    const result = await run({
      method: 'GET',
      url: `${server.url}/get`,
      params: [{ name: 'q', value: 'a b' }],
    });
    expect(result.sequence).toEqual(['request', 'connection', 'response', 'body', 'end']);
    expect(result.response?.status).toBe(200);
    expect(result.response?.statusText).toBe('OK');
    expect(result.response?.httpVersion).toBe('HTTP/1.1');
    expect(result.response?.remoteAddress).toBe('127.0.0.1');
    expect(result.response?.remotePort).toBe(server.port);
    expect(JSON.parse(result.body.toString())).toEqual({ method: 'GET', url: '/get?q=a%20b' });
    expect(result.end?.sizes.bodyBytes).toBe(result.body.length);
    expect(result.end?.timings.total).toBeGreaterThan(0);
    expect(result.end?.timings.dns).toBeNull(); // an IP address needs no lookup
  });

  it('reports every header actually sent, with who added it', async () => {
    const result = await run({
      method: 'POST',
      url: `${server.url}/post`,
      headers: [
        { name: 'X-Spam', value: 'Eggs' },
        { name: 'x-spam', value: 'More eggs' },
      ],
      body: { kind: 'json', text: '{"a":1}' },
      auth: { type: 'basic', username: 'user', password: 'passwd' },
    });
    const sent = result.events.find((e): e is RequestSentEvent => e.type === 'request')!;
    const byName = (name: string) => sent.headers.filter((h) => h.name.toLowerCase() === name.toLowerCase());
    expect(byName('host')[0]).toMatchObject({ value: `127.0.0.1:${server.port}`, source: 'client' });
    expect(byName('user-agent')[0]?.source).toBe('default');
    expect(byName('x-spam').map((h) => [h.name, h.value, h.source])).toEqual([
      ['X-Spam', 'Eggs', 'user'],
      ['x-spam', 'More eggs', 'user'],
    ]);
    expect(byName('authorization')[0]).toMatchObject({ value: 'Basic dXNlcjpwYXNzd2Q=', source: 'auth' });
    expect(byName('content-type')[0]).toMatchObject({ value: 'application/json', source: 'body' });
    expect(byName('content-length')[0]?.value).toBe('7');
    // What the server received is exactly what was reported.
    const received: string[] = [];
    for (let i = 0; i < seen.rawHeaders!.length; i += 2)
      received.push(`${seen.rawHeaders![i]}: ${seen.rawHeaders![i + 1]}`);
    expect(received).toEqual(sent.headers.map((h) => `${h.name}: ${h.value}`));
    expect(seen.body).toBe('{"a":1}');
  });

  it('lets the user replace defaults and Host', async () => {
    const result = await run({
      method: 'GET',
      url: `${server.url}/get`,
      headers: [
        { name: 'User-Agent', value: 'Python-urllib/3.11' },
        { name: 'Host', value: 'example.test' },
      ],
    });
    const sent = result.events.find((e): e is RequestSentEvent => e.type === 'request')!;
    expect(sent.headers.filter((h) => /user-agent|host/i.test(h.name))).toEqual([
      { name: 'User-Agent', value: 'Python-urllib/3.11', source: 'user' },
      { name: 'Host', value: 'example.test', source: 'user' },
    ]);
  });

  it('keeps response headers in order with duplicates and the reason phrase as sent', async () => {
    const result = await run({ method: 'GET', url: `${server.url}/cookies` });
    expect(result.response?.statusText).toBe('Fine Thanks');
    expect(result.response?.headers.slice(0, 4)).toEqual([
      ['Set-Cookie', 'a=1'],
      ['Set-Cookie', 'b=2'],
      ['X-Dup', 'one'],
      ['X-Dup', 'two'],
    ]);
  });

  it('treats a 404 as a response, not an error', async () => {
    const result = await run({ method: 'GET', url: `${server.url}/missing` });
    expect(result.error).toBeUndefined();
    expect(result.response?.status).toBe(404);
    expect(result.body.toString()).toBe('nope');
  });

  it('decodes gzip for display and reports the encoding and both sizes', async () => {
    const result = await run({ method: 'GET', url: `${server.url}/gzip` });
    expect(result.response?.contentEncoding).toBe('gzip');
    expect(header(result.response?.headers, 'content-encoding')).toBe('gzip');
    expect(JSON.parse(result.body.toString()).hello).toHaveLength(500);
    expect(result.end!.sizes.bodyWireBytes).toBeLessThan(result.end!.sizes.bodyBytes);
  });

  it('sends custom methods as typed', async () => {
    const result = await run({ method: 'PURGE', url: `${server.url}/cache` });
    expect(seen.method).toBe('PURGE');
    expect(result.response?.status).toBe(200);
  });

  it('sends form fields urlencoded as browsers do', async () => {
    await run({
      method: 'POST',
      url: `${server.url}/form`,
      body: {
        kind: 'form-urlencoded',
        fields: [
          { name: 'name', value: 'Ада Лавлейс' },
          { name: 'note', value: 'a&b=c d' },
        ],
      },
    });
    expect(seen.body).toBe(
      'name=%D0%90%D0%B4%D0%B0+%D0%9B%D0%B0%D0%B2%D0%BB%D0%B5%D0%B9%D1%81&note=a%26b%3Dc+d',
    );
  });
});
