import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from './loopback.ts';
import { securityFindings } from './security.ts';
import { testExchange } from './test-exchange.ts';

const summary = (findings: { id: string; severity: string }[]) => findings.map((f) => [f.id, f.severity]);
const HSTS: [string, string] = ['Strict-Transport-Security', 'max-age=31536000'];

describe('securityFindings: the connection', () => {
  it('warns about plain http to another computer', () => {
    const findings = securityFindings(testExchange({ url: 'http://api.example.org/items' }));
    expect(summary(findings)).toEqual([['security/plain-http', 'warning']]);
    expect(findings[0]!.hint).toBe('Try https://api.example.org/items; most servers answer on both.');
  });

  it('only notes plain http on this computer, as it is fine for learning', () => {
    for (const url of [
      'http://127.0.0.1:8787/httpbin/get',
      'http://localhost:5000/hello',
      'http://[::1]:8000/',
    ])
      expect(summary(securityFindings(testExchange({ url })))).toEqual([
        ['security/plain-http-local', 'info'],
      ]);
  });

  it('notes a first request over http that was redirected to https', () => {
    const findings = securityFindings(
      testExchange({
        url: 'https://example.org/',
        redirects: [{ url: 'http://example.org/', status: 301 }],
        headers: [HSTS],
      }),
    );
    expect(summary(findings)).toEqual([['security/http-before-https', 'warning']]);
  });

  it('calls a redirect from https down to http a problem', () => {
    const findings = securityFindings(
      testExchange({ url: 'http://example.org/landing', redirects: [{ url: 'https://example.org/login' }] }),
    );
    expect(summary(findings)).toContainEqual(['security/downgrade:0', 'problem']);
    const downgrade = findings.find((f) => f.id === 'security/downgrade:0')!;
    expect(downgrade.evidence).toContainEqual({ name: 'To', value: 'http://example.org/landing' });
  });

  it('notes a missing Strict-Transport-Security on https, and one sent over http', () => {
    expect(summary(securityFindings(testExchange()))).toEqual([['security/no-hsts', 'info']]);
    expect(securityFindings(testExchange({ headers: [HSTS] }))).toEqual([]);
    const overHttp = securityFindings(testExchange({ url: 'http://127.0.0.1/', headers: [HSTS] }));
    expect(summary(overHttp)).toContainEqual(['security/hsts-over-http', 'info']);
  });
});

describe('securityFindings: cookies', () => {
  it('names the flags a cookie lacks, with what each costs', () => {
    const findings = securityFindings(
      testExchange({ headers: [HSTS, ['Set-Cookie', 'session=abc; Path=/']] }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'security/cookie:session',
      severity: 'warning',
      title: 'Cookie "session" is set without Secure, HttpOnly, SameSite',
    });
    expect(findings[0]!.points!.map((p) => p.term)).toEqual(['no Secure', 'no HttpOnly', 'no SameSite']);
  });

  it('is quiet about a well-set cookie and a cookie being deleted', () => {
    const headers: [string, string][] = [
      HSTS,
      ['Set-Cookie', 'session=abc; Secure; HttpOnly; SameSite=Lax; Path=/'],
      ['Set-Cookie', 'old=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/'],
      ['Set-Cookie', 'gone=; Max-Age=0'],
    ];
    expect(securityFindings(testExchange({ headers }))).toEqual([]);
  });

  it('refuses SameSite=None without Secure, and a Secure cookie set over http', () => {
    const none = securityFindings(
      testExchange({ headers: [HSTS, ['Set-Cookie', 'id=1; HttpOnly; SameSite=None']] }),
    );
    expect(none[0]!.severity).toBe('problem');
    const secureOverHttp = securityFindings(
      testExchange({
        url: 'http://example.org/',
        headers: [['Set-Cookie', 'id=1; Secure; HttpOnly; SameSite=Lax']],
      }),
    );
    expect(summary(secureOverHttp)).toContainEqual(['security/cookie:id', 'warning']);
  });

  it('on this computer over http, a missing Secure is only a note but a missing HttpOnly still counts', () => {
    const findings = securityFindings(
      testExchange({
        url: 'http://127.0.0.1:8787/httpbin/cookies',
        headers: [['Set-Cookie', 'freeform=hi; Path=/']],
      }),
    );
    const cookie = findings.find((f) => f.id === 'security/cookie:freeform')!;
    expect(cookie.severity).toBe('warning');
    const lenient = securityFindings(
      testExchange({
        url: 'http://127.0.0.1:8787/',
        headers: [['Set-Cookie', 'a=1; HttpOnly; SameSite=Strict']],
      }),
    );
    expect(summary(lenient)).toContainEqual(['security/cookie:a', 'info']);
  });

  it('checks cookies set by a redirect on the way', () => {
    const findings = securityFindings(
      testExchange({
        url: 'http://127.0.0.1:8787/httpbin/cookies',
        redirects: [
          { url: 'http://127.0.0.1:8787/httpbin/cookies/set?a=1', headers: [['Set-Cookie', 'a=1; Path=/']] },
        ],
      }),
    );
    expect(findings.map((f) => f.id)).toContain('security/cookie:a');
  });
});

describe('isLoopbackHost', () => {
  it('knows the names and addresses of this computer', () => {
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'LOCALHOST.'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['example.org', '10.0.0.1', 'localhost.example.org', '128.0.0.1'])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});
