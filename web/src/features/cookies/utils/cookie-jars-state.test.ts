import type { StoredCookie } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import {
  addCookie,
  clearJar,
  emptyCookieJars,
  jarCookies,
  newCookieProblem,
  removeCookie,
  setCookieValue,
  setJarCookies,
} from './cookie-jars-state.ts';

const cookie = (name: string, value = 'oat', path = '/'): StoredCookie => ({
  name,
  value,
  domain: '127.0.0.1',
  path,
  expires: null,
  hostOnly: true,
  secure: false,
  httpOnly: false,
  sameSite: null,
  created: '2026-11-23T10:00:00.000Z',
});

describe('cookie jars', () => {
  it('keeps each jar apart and reads an unknown jar as empty', () => {
    let saved = setJarCookies(emptyCookieJars(), 'scratch', [cookie('flavour')]);
    saved = setJarCookies(saved, 'c1', [cookie('session')]);
    expect(jarCookies(saved, 'scratch')).toEqual([cookie('flavour')]);
    expect(jarCookies(saved, 'c1')).toEqual([cookie('session')]);
    expect(jarCookies(saved, 'c2')).toEqual([]);
  });

  it('edits a value, removes and clears, without touching other jars', () => {
    let saved = setJarCookies(emptyCookieJars(), 'scratch', [
      cookie('a'),
      cookie('a', 'x', '/sub'),
      cookie('b'),
    ]);
    saved = setJarCookies(saved, 'c1', [cookie('a')]);
    saved = setCookieValue(saved, 'scratch', cookie('a', 'ignored', '/sub'), 'rye');
    expect(jarCookies(saved, 'scratch').map((c) => `${c.name}${c.path}=${c.value}`)).toEqual([
      'a/=oat',
      'a/sub=rye',
      'b/=oat',
    ]);
    saved = removeCookie(saved, 'scratch', cookie('a'));
    expect(jarCookies(saved, 'scratch').map((c) => `${c.name}${c.path}`)).toEqual(['a/sub', 'b/']);
    saved = clearJar(saved, 'scratch');
    expect(saved.jars).toEqual([{ id: 'c1', cookies: [cookie('a')] }]);
  });

  it('adding replaces a cookie of the same name, domain and path, keeping when it was first stored', () => {
    let saved = setJarCookies(emptyCookieJars(), 'scratch', [cookie('a')]);
    saved = addCookie(saved, 'scratch', { ...cookie('a', 'new'), created: '2027-01-01T00:00:00.000Z' });
    expect(jarCookies(saved, 'scratch')).toEqual([cookie('a', 'new')]);
    saved = addCookie(saved, 'scratch', cookie('a', 'v', '/x'));
    expect(jarCookies(saved, 'scratch')).toHaveLength(2);
  });
});

describe('newCookieProblem', () => {
  const ok = { name: 'flavour', value: 'oat', domain: '127.0.0.1', path: '/' };
  it('accepts a plain cookie', () => {
    expect(newCookieProblem(ok)).toBeNull();
  });
  it.each([
    [{ name: '' }, 'Give the cookie a name.'],
    [{ name: 'a b' }, 'A cookie name can’t hold spaces or any of ( ) < > @ , ; : \\ " / [ ] ? = { }.'],
    [{ value: 'a;b' }, 'A cookie value can’t hold spaces, quotes, commas, semicolons or backslashes.'],
    [{ domain: ' ' }, 'Say which host the cookie is for, e.g. 127.0.0.1.'],
    [{ path: 'x' }, 'The path starts with /, e.g. / for the whole site.'],
  ])('refuses %o', (change, problem) => {
    expect(newCookieProblem({ ...ok, ...change })).toBe(problem);
  });
});
