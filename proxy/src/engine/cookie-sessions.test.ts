import type { CookiesEvent, StoredCookie } from '@playground/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceRoutes } from '../routes/practice.ts';
import { addressPolicy } from '../security/address-policy.ts';
import { loopbackOnly } from '../testing/loopback-guard.ts';
import { type RunResult, run } from '../testing/run.ts';
import { type RunningServer, startHttpServer } from '../testing/servers.ts';
import { InProcessServer, inProcessConnector } from './in-process.ts';

const cookiesOf = (result: RunResult) => result.events.find((e): e is CookiesEvent => e.type === 'cookies');

describe('a session with the practice server, as with httpbin and requests.Session', () => {
  const origin = 'http://playground.test';
  const inProcess = inProcessConnector(new InProcessServer(practiceRoutes()), [origin]);
  const send = async (path: string, jar: StoredCookie[]) => {
    const result = await run(
      { method: 'GET', url: `${origin}/httpbin${path}`, cookieJar: jar },
      { inProcess },
    );
    return { result, jar: cookiesOf(result)?.jar ?? [], body: JSON.parse(result.body.toString()) };
  };

  it('sets cookies, shows them after the redirect, and deletes them', async () => {
    const set = await send('/cookies/set?a=1&b=two%20words', []);
    expect(set.result.response?.url).toBe(`${origin}/httpbin/cookies`);
    expect(set.body).toEqual({ cookies: { a: '1', b: 'two words' } });
    expect(set.jar.map((c) => [c.name, c.value, c.domain, c.path])).toEqual([
      ['a', '1', 'playground.test', '/'],
      ['b', '"two words"', 'playground.test', '/'],
    ]);

    const byPath = await send('/cookies/set/c/3', set.jar);
    expect(byPath.body).toEqual({ cookies: { a: '1', b: 'two words', c: '3' } });

    const deleted = await send('/cookies/delete?a&c', byPath.jar);
    expect(deleted.body).toEqual({ cookies: { b: 'two words' } });
    expect(deleted.jar.map((c) => c.name)).toEqual(['b']);
    expect(cookiesOf(deleted.result)?.changes.map((c) => [c.name, c.outcome])).toEqual([
      ['a', 'deleted'],
      ['c', 'deleted'],
    ]);
  });
});

describe('a jar in a shared playground', () => {
  // 127.0.0.2 plays a public website; 127.0.0.1 is the private network a shared playground refuses.
  const policy = loopbackOnly(addressPolicy({ blockPrivate: true, treatAsPublic: ['127.0.0.2'] }));
  let inside: RunningServer;
  let website: RunningServer;
  let insideReached = 0;

  beforeAll(async () => {
    inside = await startHttpServer((_req, res) => {
      insideReached += 1;
      res.end('private');
    });
    website = await startHttpServer(
      (_req, res) => res.writeHead(302, { Location: `${inside.url}/`, 'Set-Cookie': 'visited=1' }).end(),
      {},
      { host: '127.0.0.2' },
    );
  });
  afterAll(async () => {
    await inside.close();
    await website.close();
  });

  it('changes nothing in the address policy: a redirect inside is refused, the jar still reported', async () => {
    const jar: StoredCookie[] = [
      {
        name: 'internal',
        value: 'secret',
        domain: '127.0.0.1',
        path: '/',
        expires: null,
        hostOnly: true,
        secure: false,
        httpOnly: false,
        sameSite: null,
        created: new Date().toISOString(),
      },
    ];
    const result = await run({ method: 'GET', url: `${website.url}/`, cookieJar: jar }, { policy });
    expect(insideReached).toBe(0);
    expect(result.sequence.slice(-2)).toEqual(['cookies', 'error']);
    expect(result.error?.kind).toBe('blocked');
    expect(cookiesOf(result)?.jar.map((c) => c.name)).toEqual(['internal', 'visited']);
  });
});
