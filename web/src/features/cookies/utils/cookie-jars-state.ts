import type { CookieJarContents, SavedCookieJars, StoredCookie } from '@playground/shared';

export const emptyCookieJars = (): SavedCookieJars => ({ v: 1, jars: [] });

/** The cookies of one jar; a jar nothing was stored in yet is empty. */
export function jarCookies(saved: SavedCookieJars, id: string): CookieJarContents {
  return saved.jars.find((jar) => jar.id === id)?.cookies ?? [];
}

/** Replaces one jar's cookies (an empty jar is dropped rather than kept as an empty entry). */
export function setJarCookies(
  saved: SavedCookieJars,
  id: string,
  cookies: CookieJarContents,
): SavedCookieJars {
  const others = saved.jars.filter((jar) => jar.id !== id);
  return { ...saved, jars: cookies.length === 0 ? others : [...others, { id, cookies }] };
}

/** A cookie is one per name, domain and path (RFC 6265 section 5.3, step 11). */
export const sameCookie = (a: StoredCookie, b: Pick<StoredCookie, 'name' | 'domain' | 'path'>) =>
  a.name === b.name && a.domain === b.domain && a.path === b.path;

export const cookieKey = (c: Pick<StoredCookie, 'name' | 'domain' | 'path'>) =>
  `${c.name}\u0000${c.domain}\u0000${c.path}`;

const change = (
  saved: SavedCookieJars,
  id: string,
  edit: (cookies: CookieJarContents) => CookieJarContents,
): SavedCookieJars => setJarCookies(saved, id, edit(jarCookies(saved, id)));

export const setCookieValue = (saved: SavedCookieJars, id: string, cookie: StoredCookie, value: string) =>
  change(saved, id, (cookies) => cookies.map((c) => (sameCookie(c, cookie) ? { ...c, value } : c)));

export const removeCookie = (saved: SavedCookieJars, id: string, cookie: StoredCookie) =>
  change(saved, id, (cookies) => cookies.filter((c) => !sameCookie(c, cookie)));

/** Adds a cookie, replacing one of the same name, domain and path (as a `Set-Cookie` would). */
export const addCookie = (saved: SavedCookieJars, id: string, cookie: StoredCookie) =>
  change(saved, id, (cookies) => {
    const existing = cookies.find((c) => sameCookie(c, cookie));
    const kept = { ...cookie, created: existing?.created ?? cookie.created };
    return [...cookies.filter((c) => !sameCookie(c, cookie)), kept];
  });

export const clearJar = (saved: SavedCookieJars, id: string) => setJarCookies(saved, id, []);

/** What is wrong with a cookie typed by hand, in plain words; null when it can be added. */
export function newCookieProblem(input: { name: string; value: string; domain: string; path: string }) {
  if (input.name.trim() === '') return 'Give the cookie a name.';
  // RFC 6265's cookie-name is a token: no separators, spaces or control characters.
  if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(input.name)) {
    return 'A cookie name can’t hold spaces or any of ( ) < > @ , ; : \\ " / [ ] ? = { }.';
  }
  if (/[;\s",\\]/.test(input.value))
    return 'A cookie value can’t hold spaces, quotes, commas, semicolons or backslashes.';
  if (input.domain.trim() === '') return 'Say which host the cookie is for, e.g. 127.0.0.1.';
  if (!input.path.startsWith('/')) return 'The path starts with /, e.g. / for the whole site.';
  return null;
}
