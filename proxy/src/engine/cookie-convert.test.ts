import { type StoredCookie, StoredCookie as StoredCookieSchema } from '@playground/shared';
import { Cookie } from 'tough-cookie';
import { describe, expect, it } from 'vitest';
import { toStoredCookie, toToughCookie } from './cookie-convert.ts';
import { EngineFailure } from './errors.ts';

const session: StoredCookie = {
  name: 'sid',
  value: 'abc123',
  domain: 'app.test',
  path: '/',
  expires: null,
  hostOnly: true,
  secure: false,
  httpOnly: true,
  sameSite: 'lax',
  created: '2026-01-02T03:04:05.000Z',
};

describe('StoredCookie <-> tough-cookie Cookie', () => {
  it('keeps every field through a round trip', () => {
    const lasting: StoredCookie = {
      ...session,
      name: 'theme',
      value: '"dark blue"',
      domain: 'example.test',
      path: '/docs',
      expires: '2030-05-06T07:08:09.000Z',
      hostOnly: false,
      secure: true,
      httpOnly: false,
      sameSite: 'strict',
    };
    for (const stored of [session, lasting]) {
      const back = toStoredCookie(toToughCookie(stored, 0));
      expect(back).toEqual(stored);
      expect(StoredCookieSchema.parse(back)).toEqual(stored);
    }
  });

  it('reads a session cookie as one with no expiry and a lasting one with its date', () => {
    const cookie = toToughCookie({ ...session, expires: '2031-01-01T00:00:00.000Z' }, 0);
    expect(cookie.expiryTime()).toBe(Date.parse('2031-01-01T00:00:00.000Z'));
    expect(toToughCookie(session, 0).expiryTime()).toBe(Number.POSITIVE_INFINITY);
    expect(cookie.cookieString()).toBe('sid=abc123');
  });

  it('turns Max-Age into an absolute date counted from when the cookie arrived', () => {
    const arrived = new Date('2026-03-01T12:00:00.000Z');
    const cookie = Cookie.parse('n=v; Max-Age=60; Path=/; Domain=.app.test; SameSite=None');
    expect(cookie).toBeDefined();
    cookie!.creation = arrived;
    const stored = toStoredCookie(cookie!, arrived);
    expect(stored.expires).toBe('2026-03-01T12:01:00.000Z');
    expect(stored.domain).toBe('app.test');
    expect(stored.sameSite).toBe('none');
  });

  it('writes a cookie that never ends as a session cookie, and a far one at the last date JS knows', () => {
    const far = Cookie.parse('n=v; Max-Age=99999999999999')!;
    expect(toStoredCookie(far).expires).toBe('+275760-09-13T00:00:00.000Z');
    const noSameSite = Cookie.parse('n=v')!;
    expect(toStoredCookie(noSameSite).sameSite).toBeNull();
  });

  it('takes a domain with a leading dot or capitals as the same domain', () => {
    const cookie = toToughCookie({ ...session, domain: '.App.Test', hostOnly: false }, 0);
    expect(cookie.domain).toBe('app.test');
  });

  it('refuses a cookie that would break the Cookie header, naming the field', () => {
    const cases: [Partial<StoredCookie>, string][] = [
      [{ value: 'a\r\nX-Injected: 1' }, 'cookieJar[3].value'],
      [{ value: 'a; b=c' }, 'cookieJar[3].value'],
      [{ name: 'a=b' }, 'cookieJar[3].name'],
      [{ value: 'snow ☃' }, 'cookieJar[3].value'],
      [{ expires: 'next tuesday' }, 'cookieJar[3].expires'],
      [{ created: '' }, 'cookieJar[3].created'],
    ];
    for (const [change, field] of cases) {
      let failure: unknown;
      try {
        toToughCookie({ ...session, ...change }, 3);
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(EngineFailure);
      const { proxyError } = failure as EngineFailure;
      expect(proxyError.field).toBe(field);
      expect(proxyError.kind).toBe('invalid-request');
      expect(proxyError.hint).toMatch(/jar/);
    }
  });

  it('keeps Latin-1 bytes and tabs, which a header can carry', () => {
    const cookie = toToughCookie({ ...session, value: 'caf\u00e9\tok' }, 0);
    expect(cookie.value).toBe('caf\u00e9\tok');
  });
});
