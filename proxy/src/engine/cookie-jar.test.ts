import type http from 'node:http';
import type {
  CookiesEvent,
  RequestSentEvent,
  RequestSpecInput,
  SentHeader,
  StoredCookie,
} from '@playground/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki } from '../testing/certificates.ts';
import { type RunResult, run } from '../testing/run.ts';
import { type RunningServer, startHttpServer, startHttpsServer } from '../testing/servers.ts';
import type { Resolver } from './connect.ts';

// One loopback server plays several sites: the names below all resolve to 127.0.0.1, and cookies
// care about host names, never ports (RFC 6265 section 8.5).
const names = new Set(['app.test', 'api.app.test', 'other.test']);
const resolver: Resolver = async (hostname) => {
  if (names.has(hostname)) return [{ address: '127.0.0.1', family: 4 }];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
};

/**
 * `/set?c=<Set-Cookie>&c=…` answers 200 with those Set-Cookie lines; add `to=<url>` for a 302 there.
 * `/loop` redirects to itself, setting a cookie each time. Anything else echoes the Cookie header.
 */
const handler: http.RequestListener = (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const setCookies = url.searchParams.getAll('c');
  const to = url.searchParams.get('to');
  if (url.pathname.endsWith('/set')) {
    res.writeHead(to ? 302 : 200, { 'Set-Cookie': setCookies, ...(to ? { Location: to } : {}) });
    res.end('ok');
    return;
  }
  if (url.pathname === '/loop') {
    res.writeHead(302, { Location: '/loop', 'Set-Cookie': `round=${Date.now()}` }).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ cookie: req.headers.cookie ?? null, path: url.pathname }));
};

let site: RunningServer;
let secure: RunningServer;
let extraCA: string[];

beforeAll(async () => {
  site = await startHttpServer(handler);
  const pki = await createTestPki();
  const leaf = await pki.leaf({ names: ['app.test', 'localhost', '127.0.0.1'] });
  secure = await startHttpsServer(handler, { cert: leaf.cert + pki.intermediate.cert, key: leaf.key });
  extraCA = [pki.root.cert];
});
afterAll(async () => {
  await site.close();
  await secure.close();
});

const at = (host: string, path: string, server: RunningServer = site) =>
  `${server.url.replace('127.0.0.1', host)}${path}`;
/** The address at which `host` answers with these Set-Cookie lines (and a redirect, given `to`). */
function settingUrl(host: string, cookies: string[], to?: string, path = '/set'): string {
  const query = new URLSearchParams(cookies.map((c): [string, string] => ['c', c]));
  if (to) query.set('to', to);
  return at(host, `${path}?${query}`);
}
const setting = (host: string, ...cookies: string[]) => settingUrl(host, cookies);

async function send(url: string, jar: StoredCookie[] | undefined, extra: Partial<RequestSpecInput> = {}) {
  return run({ method: 'GET', url, cookieJar: jar, ...extra }, { resolver, extraCA });
}
const cookiesOf = (result: RunResult) => result.events.find((e): e is CookiesEvent => e.type === 'cookies');
const jarAfter = (result: RunResult) => cookiesOf(result)?.jar ?? [];
const echoed = (result: RunResult): string | null => JSON.parse(result.body.toString()).cookie;
const sentCookie = (result: RunResult, hop = 0): SentHeader | undefined =>
  result.events
    .filter((e): e is RequestSentEvent => e.type === 'request')
    [hop]?.headers.find((h) => h.name.toLowerCase() === 'cookie');

/** A jar after the server at `host` set these cookies. */
async function jarSetBy(host: string, ...cookies: string[]): Promise<StoredCookie[]> {
  return jarAfter(await send(setting(host, ...cookies), []));
}

describe('a request without a jar', () => {
  it('neither stores nor sends cookies, and reports no jar', async () => {
    const first = await send(setting('app.test', 'sid=1'), undefined);
    expect(first.sequence).toEqual(['request', 'connection', 'response', 'body', 'end']);
    const second = await send(at('app.test', '/echo'), undefined);
    expect(echoed(second)).toBeNull();
  });
});

describe('a request with a jar', () => {
  it('stores a cookie a response sets and sends it on the next request', async () => {
    const first = await send(setting('app.test', 'sid=abc; HttpOnly; Path=/'), []);
    expect(first.sequence).toEqual(['request', 'connection', 'response', 'body', 'cookies', 'end']);
    expect(cookiesOf(first)).toMatchObject({
      jar: [{ name: 'sid', value: 'abc', domain: 'app.test', hostOnly: true, httpOnly: true, path: '/' }],
      changes: [{ hop: 0, name: 'sid', domain: 'app.test', outcome: 'stored', reason: null }],
    });
    const second = await send(at('app.test', '/echo'), jarAfter(first));
    expect(echoed(second)).toBe('sid=abc');
    expect(sentCookie(second)).toEqual({ name: 'Cookie', value: 'sid=abc', source: 'cookie-jar' });
  });

  it('sends cookies set during a redirect chain on the next hops', async () => {
    // Like httpbin's /cookies/set -> 302 /cookies, then on to another subdomain of the same site.
    const last = at('api.app.test', '/echo');
    const second = settingUrl('app.test', ['b=3'], last);
    const result = await send(settingUrl('app.test', ['a=1', 'wide=2; Domain=app.test'], second), []);
    expect(result.events.filter((e) => e.type === 'redirect')).toHaveLength(2);
    expect(sentCookie(result, 0)).toBeUndefined();
    expect(sentCookie(result, 1)).toEqual({ name: 'Cookie', value: 'a=1; wide=2', source: 'cookie-jar' });
    // api.app.test gets the Domain cookie only: the others were host-only for app.test.
    expect(echoed(result)).toBe('wide=2');
    expect(cookiesOf(result)?.changes.map((c) => [c.hop, c.name, c.outcome])).toEqual([
      [0, 'a', 'stored'],
      [0, 'wide', 'stored'],
      [1, 'b', 'stored'],
    ]);
  });

  it('keeps a cookie of 127.0.0.1 from localhost and other names, whatever the port', async () => {
    const jar = await jarSetBy('127.0.0.1', 'ip=1');
    expect(jar).toMatchObject([{ domain: '127.0.0.1', hostOnly: true }]);
    expect(echoed(await send(at('localhost', '/echo'), jar))).toBeNull();
    expect(echoed(await send(at('other.test', '/echo'), jar))).toBeNull();
    expect(echoed(await send(`${secure.url}/echo`, jar))).toBe('ip=1');
  });

  it('sends a Domain cookie to subdomains, a host-only one only to its host', async () => {
    const jar = await jarSetBy('app.test', 'only=1', 'wide=2; Domain=.app.test');
    expect(echoed(await send(at('app.test', '/echo'), jar))).toBe('only=1; wide=2');
    expect(echoed(await send(at('api.app.test', '/echo'), jar))).toBe('wide=2');
    expect(echoed(await send(at('other.test', '/echo'), jar))).toBeNull();
  });

  it('refuses a cookie for another site and says why in plain words', async () => {
    const result = await send(setting('127.0.0.1', 'x=1; Domain=example.org', 'y=2; Domain=test'), []);
    expect(jarAfter(result)).toEqual([]);
    const [other, suffix] = cookiesOf(result)!.changes;
    expect(other).toMatchObject({ name: 'x', domain: 'example.org', outcome: 'rejected' });
    expect(other?.reason).toContain('the server tried to set a cookie for example.org from 127.0.0.1');
    expect(suffix).toMatchObject({ name: 'y', outcome: 'rejected' });
  });

  it('sends Secure cookies over https only, and refuses one set over http', async () => {
    const jar = jarAfter(await send(at('app.test', '/set?c=s%3D1%3B%20Secure', secure), []));
    expect(jar).toMatchObject([{ name: 's', secure: true }]);
    expect(echoed(await send(at('app.test', '/echo', secure), jar))).toBe('s=1');
    expect(echoed(await send(at('app.test', '/echo'), jar))).toBeNull();

    const overHttp = await send(setting('app.test', 'h=1; Secure'), []);
    expect(jarAfter(overHttp)).toEqual([]);
    expect(cookiesOf(overHttp)?.changes[0]?.reason).toMatch(/Secure.*plain http/);
  });

  it('treats localhost like any other host for Secure cookies: https only', async () => {
    const jar = jarAfter(await send(at('localhost', '/set?c=s%3D1%3B%20Secure', secure), []));
    expect(jar).toMatchObject([{ name: 's', domain: 'localhost', secure: true }]);
    expect(echoed(await send(at('localhost', '/echo', secure), jar))).toBe('s=1');
    expect(echoed(await send(at('localhost', '/echo'), jar))).toBeNull();
    const overHttp = await send(setting('localhost', 'h=1; Secure'), []);
    expect(cookiesOf(overHttp)?.changes[0]).toMatchObject({ name: 'h', outcome: 'rejected' });
  });

  it('deletes a cookie on Max-Age=0 or a past Expires, and never sends an expired one', async () => {
    const jar = await jarSetBy('app.test', 'a=1', 'b=2', 'c=3');
    const result = await send(
      setting('app.test', 'a=; Max-Age=0', 'b=; Expires=Thu, 01 Jan 1970 00:00:00 GMT'),
      jar,
    );
    expect(jarAfter(result).map((c) => c.name)).toEqual(['c']);
    expect(cookiesOf(result)?.changes).toMatchObject([
      { name: 'a', outcome: 'deleted' },
      { name: 'b', outcome: 'deleted' },
    ]);
    const stale = jar.map((c) => (c.name === 'c' ? { ...c, expires: '2001-01-01T00:00:00.000Z' } : c));
    const later = await send(at('app.test', '/echo'), stale);
    expect(echoed(later)).toBe('a=1; b=2');
    expect(jarAfter(later).map((c) => c.name)).toEqual(['a', 'b']);
  });

  it('turns Max-Age into the date the cookie expires', async () => {
    const before = Date.now();
    const [cookie] = await jarSetBy('app.test', 'm=1; Max-Age=3600');
    const expires = Date.parse(cookie!.expires!);
    expect(expires).toBeGreaterThanOrEqual(before + 3_600_000 - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 3_600_000 + 1000);
  });

  it('follows Path rules, longer paths first, and defaults the path to the setting page', async () => {
    const jar = [
      ...(await jarSetBy('app.test', 'top=1; Path=/', 'docs=2; Path=/docs')),
      ...jarAfter(await send(settingUrl('app.test', ['cart=3'], undefined, '/shop/cart/set'), [])),
    ];
    expect(jar.find((c) => c.name === 'cart')?.path).toBe('/shop/cart');
    expect(echoed(await send(at('app.test', '/docs/intro'), jar))).toBe('docs=2; top=1');
    expect(echoed(await send(at('app.test', '/docs'), jar))).toBe('docs=2; top=1');
    expect(echoed(await send(at('app.test', '/doc'), jar))).toBe('top=1');
    expect(echoed(await send(at('app.test', '/shop/cart/items'), jar))).toBe('cart=3; top=1');
    expect(echoed(await send(at('app.test', '/shop'), jar))).toBe('top=1');
  });

  it("keeps the user's own Cookie header and adds the jar's cookies of other names", async () => {
    const jar = await jarSetBy('app.test', 'sid=from-jar', 'theme=dark');
    const result = await send(at('app.test', '/echo'), jar, {
      headers: [{ name: 'Cookie', value: 'sid=mine' }],
    });
    expect(echoed(result)).toBe('sid=mine; theme=dark');
    expect(sentCookie(result)).toEqual({
      name: 'Cookie',
      value: 'sid=mine; theme=dark',
      source: 'cookie-jar',
    });
    const alone = await send(at('app.test', '/echo'), [], {
      headers: [{ name: 'Cookie', value: 'sid=mine' }],
    });
    expect(sentCookie(alone)?.source).toBe('user');
  });

  it('refuses cookies larger than browsers keep', async () => {
    const result = await send(setting('app.test', `big=${'x'.repeat(5000)}`), []);
    expect(jarAfter(result)).toEqual([]);
    expect(cookiesOf(result)?.changes[0]?.reason).toContain('4096 bytes');
  });

  it('reports the jar before the error when the request fails after an answer', async () => {
    const result = await send(at('app.test', '/loop'), [], { options: { maxRedirects: 2 } });
    expect(result.sequence.slice(-2)).toEqual(['cookies', 'error']);
    expect(result.error?.kind).toBe('too-many-redirects');
    expect(jarAfter(result).map((c) => c.name)).toEqual(['round']);
    expect(cookiesOf(result)?.changes).toHaveLength(3);
  });

  it('fails before connecting when a cookie in the jar cannot be sent', async () => {
    const [good] = await jarSetBy('app.test', 'ok=1');
    const result = await send(at('app.test', '/echo'), [
      good!,
      { ...good!, name: 'bad', value: 'a\r\nX: 1' },
    ]);
    expect(result.sequence).toEqual(['error']);
    expect(result.error).toMatchObject({ kind: 'invalid-request', field: 'cookieJar[1].value' });
  });

  it('keeps the oldest cookies out once the jar is full', async () => {
    const [model] = await jarSetBy('other.test', 'model=1');
    const full = Array.from({ length: 3000 }, (_, i) => ({
      ...model!,
      name: `n${i}`,
      created: new Date(Date.UTC(2020, 0, 1) + i * 1000).toISOString(),
    }));
    const result = await send(setting('app.test', 'fresh=1'), full);
    const jar = jarAfter(result);
    expect(jar).toHaveLength(3000);
    expect(jar.some((c) => c.name === 'n0')).toBe(false);
    expect(jar.at(-1)?.name).toBe('fresh');
    expect(cookiesOf(result)?.changes.at(-1)).toMatchObject({ name: 'n0', outcome: 'deleted' });
  });
});
