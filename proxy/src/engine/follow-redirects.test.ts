import type { RedirectEvent, RequestSentEvent } from '@playground/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../testing/run.ts';
import { type RunningServer, startHttpServer } from '../testing/servers.ts';

let server: RunningServer;
let other: RunningServer;

/** `/redirect/<status>` answers that status with Location `/echo`; `/loop` redirects to itself. */
beforeAll(async () => {
  const echo = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          method: req.method,
          body: Buffer.concat(chunks).toString(),
          contentType: req.headers['content-type'] ?? null,
          authorization: req.headers.authorization ?? null,
          host: req.headers.host,
        }),
      );
    });
  };
  other = await startHttpServer(echo);
  server = await startHttpServer((req, res) => {
    const status = /^\/redirect\/(\d{3})$/.exec(req.url ?? '');
    if (status) {
      req.resume();
      res.writeHead(Number(status[1]), { Location: '/echo' });
      res.end();
      return;
    }
    if (req.url === '/loop') {
      res.writeHead(302, { Location: '/loop' }).end();
      return;
    }
    if (req.url === '/chain/3') {
      res.writeHead(301, { Location: '/chain/2' }).end();
      return;
    }
    if (req.url === '/chain/2') {
      res.writeHead(302, { Location: `${other.url}/echo` }).end();
      return;
    }
    if (req.url === '/to-ftp') {
      res.writeHead(302, { Location: 'ftp://example.com/' }).end();
      return;
    }
    echo(req, res);
  });
});
afterAll(async () => {
  await server.close();
  await other.close();
});

const post = { method: 'POST', body: { kind: 'text', text: 'payload', contentType: 'text/plain' } } as const;

describe('following redirects', () => {
  it.each([
    [301, 'GET', ''],
    [302, 'GET', ''],
    [303, 'GET', ''],
    [307, 'POST', 'payload'],
    [308, 'POST', 'payload'],
  ])('after a POST answered %i, the next hop is %s with body "%s"', async (status, method, body) => {
    const result = await run({ ...post, url: `${server.url}/redirect/${status}` });
    expect(result.sequence).toEqual([
      'request',
      'connection',
      'redirect',
      'request',
      'connection',
      'response',
      'body',
      'end',
    ]);
    const redirect = result.events.find((e): e is RedirectEvent => e.type === 'redirect')!;
    expect(redirect).toMatchObject({
      status,
      location: '/echo',
      nextUrl: `${server.url}/echo`,
      nextMethod: method,
    });
    const echoed = JSON.parse(result.body.toString());
    expect(echoed.method).toBe(method);
    expect(echoed.body).toBe(body);
    expect(echoed.contentType).toBe(body === '' ? null : 'text/plain');
    const second = result.events.filter((e): e is RequestSentEvent => e.type === 'request')[1]!;
    expect(second.method).toBe(method);
    expect(second.headers.some((h) => h.name.toLowerCase() === 'content-type')).toBe(body !== '');
  });

  it('keeps PUT and its body on a 302, as browsers do', async () => {
    const result = await run({ ...post, method: 'PUT', url: `${server.url}/redirect/302` });
    expect(JSON.parse(result.body.toString())).toMatchObject({ method: 'PUT', body: 'payload' });
  });

  it('shows a 3xx as the response when following is off', async () => {
    const result = await run({
      method: 'GET',
      url: `${server.url}/redirect/302`,
      options: { followRedirects: false },
    });
    expect(result.sequence).toEqual(['request', 'connection', 'response', 'end']);
    expect(result.response?.status).toBe(302);
  });

  it('follows a chain across origins, with Host updated and credentials left behind', async () => {
    const result = await run({
      method: 'GET',
      url: `${server.url}/chain/3`,
      auth: { type: 'bearer', token: 'secret' },
    });
    expect(
      result.events.filter((e) => e.type === 'redirect').map((e) => (e as RedirectEvent).status),
    ).toEqual([301, 302]);
    const echoed = JSON.parse(result.body.toString());
    expect(echoed.host).toBe(`127.0.0.1:${other.port}`);
    expect(echoed.authorization).toBeNull();
    expect(result.response?.url).toBe(`${other.url}/echo`);
  });

  it('stops after the allowed number of hops with a clear error', async () => {
    const result = await run({ method: 'GET', url: `${server.url}/loop`, options: { maxRedirects: 3 } });
    expect(result.events.filter((e) => e.type === 'redirect')).toHaveLength(3);
    expect(result.sequence.at(-1)).toBe('error');
    expect(result.error?.kind).toBe('too-many-redirects');
    expect(result.error?.message).toContain('more than 3 times');
  });

  it('refuses to follow a redirect to another scheme', async () => {
    const result = await run({ method: 'GET', url: `${server.url}/to-ftp` });
    expect(result.error?.kind).toBe('unsupported-scheme');
  });
});
