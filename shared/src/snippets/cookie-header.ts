import type { CookieJarContents, StoredCookie } from '../schemas/cookie.ts';

function domainMatches(cookie: StoredCookie, host: string): boolean {
  const domain = cookie.domain.toLowerCase().replace(/^\./, '');
  if (host === domain) return true;
  // RFC 6265 section 5.1.3: a host-only cookie, or a host that is an IP address, needs an exact match.
  if (cookie.hostOnly || /^[\d.]+$/.test(host) || host.includes(':')) return false;
  return host.endsWith(`.${domain}`);
}

/** RFC 6265 section 5.1.4. */
function pathMatches(cookiePath: string, requestPath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/** The names of the cookies a Cookie header carries (`a=1; b=2` -> a, b; a bare `x` is nameless). */
function cookieNames(value: string): Set<string> {
  const names = new Set<string>();
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    names.add(eq === -1 ? '' : part.slice(0, eq).trim());
  }
  return names;
}

/**
 * The cookies of a jar that go out to `url`, by RFC 6265 section 5.4's rules as the proxy applies
 * them (domain and host-only matching, path, expiry, Secure cookies only over https), in its order:
 * longer paths first, then older first.
 *
 * @example jarCookiesFor(jar, new URL('http://127.0.0.1:8787/httpbin/cookies'), new Date())
 */
export function jarCookiesFor(cookies: CookieJarContents, url: URL, now: Date): StoredCookie[] {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const path = url.pathname === '' ? '/' : url.pathname;
  return cookies
    .filter(
      (cookie) =>
        domainMatches(cookie, host) &&
        pathMatches(cookie.path, path) &&
        (!cookie.secure || url.protocol === 'https:') &&
        (cookie.expires === null || Date.parse(cookie.expires) > now.getTime()),
    )
    .sort((a, b) => b.path.length - a.path.length || Date.parse(a.created) - Date.parse(b.created));
}

/**
 * The Cookie header a request carries once the jar's cookies are added to the one the user typed,
 * as the proxy does it: the user's cookies first and unchanged, then the jar's cookies of other
 * names on the same line. Null when there is nothing to send.
 *
 * @example withJarCookies('theme=dark', [{ name: 'session', value: 'abc', ... }]) // 'theme=dark; session=abc'
 */
export function withJarCookies(userCookie: string | null, jar: readonly StoredCookie[]): string | null {
  const taken = userCookie === null ? new Set<string>() : cookieNames(userCookie);
  const pairs = jar
    .filter((cookie) => !taken.has(cookie.name))
    .map((cookie) => (cookie.name === '' ? cookie.value : `${cookie.name}=${cookie.value}`));
  if (userCookie === null) return pairs.length === 0 ? null : pairs.join('; ');
  if (pairs.length === 0) return userCookie;
  return [userCookie.trim().replace(/;$/, ''), ...pairs].filter((part) => part !== '').join('; ');
}
