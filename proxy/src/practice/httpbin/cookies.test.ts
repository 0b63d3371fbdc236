import { describe, expect, it } from 'vitest';
import { parseCookieHeader, quoteCookieValue } from './cookies.ts';
import { itMatchesEveryFixture, PREFIX, practiceApp } from './fixture-replay.ts';

describe('cookies answer like httpbin', () => {
  itMatchesEveryFixture('cookies');
});

describe('cookies', () => {
  it('quotes values the way Werkzeug does', () => {
    expect(quoteCookieValue('plain-value')).toBe('plain-value');
    expect(quoteCookieValue('a b')).toBe('"a b"');
    expect(quoteCookieValue('x,y;z"\\')).toBe('"x\\054y\\073z\\"\\\\"');
    expect(quoteCookieValue('é')).toBe('"\\303\\251"');
  });

  it('reads quoted and escaped values back', () => {
    const cookies = parseCookieHeader('a=1; q="x\\054y"; u="\\303\\251"; a=2');
    expect(Object.fromEntries(cookies)).toEqual({ a: '1', q: 'x,y', u: 'é' });
  });

  it('marks cookies Secure when the page was requested over https', async () => {
    const app = practiceApp();
    const res = await app.request(`https://playground.test${PREFIX}/cookies/set?k=v`);
    expect(res.headers.get('set-cookie')).toBe('k=v; Secure; Path=/');
    expect(res.headers.get('location')).toBe(`${PREFIX}/cookies`);
  });
});
