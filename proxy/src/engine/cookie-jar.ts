import {
  type CookieChange,
  type CookieJarContents,
  type CookiesEvent,
  MAX_JAR_COOKIES,
  type SentHeader,
} from '@playground/shared';
import { Cookie, CookieJar, cookieCompare, MemoryCookieStore } from 'tough-cookie';
import { toStoredCookie, toToughCookie } from './cookie-convert.ts';
import { refusalReason, sizeRefusal } from './cookie-refusals.ts';
import { hostnameOf } from './target-url.ts';

/** MemoryCookieStore answers its callbacks at once; this reads such an answer without a promise. */
function now<T>(call: (done: (error: Error | null, result?: T) => void) => void): T | undefined {
  let out: T | undefined;
  call((error, result) => {
    if (error) throw error;
    out = result;
  });
  return out;
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
 * The cookie jar one request runs with, as `requests.Session` keeps one: built from the jar the
 * browser sent, it adds the matching cookies to every hop (redirects included) and stores every
 * `Set-Cookie` a hop answers with, by RFC 6265's rules (domain and host-only matching, path, expiry,
 * Secure cookies only over https; SameSite does not apply to a client that is not a browser).
 *
 * @example
 * const jar = RequestCookieJar.load(spec.cookieJar);
 * const sent = jar.addCookies(headers, url);   // before each hop
 * jar.receive(response.headers['set-cookie'], url, hop);   // after each response head
 * yield jar.event();   // before `end`
 */
export class RequestCookieJar {
  readonly #store = new MemoryCookieStore();
  readonly #jar = new CookieJar(this.#store, {
    looseMode: true, // browsers accept `Set-Cookie: token` as a nameless cookie
    rejectPublicSuffixes: true,
    allowSpecialUseDomain: true, // localhost, *.test and *.example are a learner's own machines
    allowSecureOnLocal: false, // Secure means https, even on localhost, as in requests
    enforceSecureOriginOnStorage: true,
    prefixSecurity: 'strict', // refuse bad __Secure-/__Host- cookies out loud, not silently
  });
  readonly #changes: CookieChange[] = [];
  #answered = false;

  private constructor() {}

  /**
   * Builds the jar from the browser's cookies (oldest first, so that ties in the Cookie header keep
   * their age order). Throws an `invalid-request` failure naming the field of a cookie that could
   * not be sent (a line break in its value, a broken date).
   */
  static load(cookies: CookieJarContents): RequestCookieJar {
    const jar = new RequestCookieJar();
    const loaded = cookies.map((stored, index) => toToughCookie(stored, index));
    loaded.sort((a, b) => (a.creation as Date).getTime() - (b.creation as Date).getTime());
    for (const cookie of loaded) now((done) => jar.#store.putCookie(cookie, done));
    return jar;
  }

  /** true once a hop answered: the jar is then reported even if the request fails afterwards. */
  get answered(): boolean {
    return this.#answered;
  }

  /** The jar's cookies for `url`, in RFC 6265 order (longer paths first, then older first). */
  cookiesFor(url: URL): Cookie[] {
    const cookies = this.#jar.getCookiesSync(url.href, { expire: true, http: true });
    return cookies.sort(cookieCompare);
  }

  /**
   * The headers of one hop with the jar's cookies added, as one Cookie header marked 'cookie-jar'.
   * A Cookie header the user typed wins, the way `requests` lets a request's own cookies override the
   * session's: its cookies go first and unchanged, and the jar adds only cookies of other names to
   * that same line (a server reads one Cookie header, RFC 6265 section 5.4), which is then marked
   * 'cookie-jar' because the jar completed it. Without matching cookies the headers are unchanged.
   */
  addCookies(headers: readonly SentHeader[], url: URL): SentHeader[] {
    const userIndex = headers.findIndex((h) => h.name.toLowerCase() === 'cookie');
    const user = userIndex === -1 ? null : headers[userIndex]!;
    const taken = user ? cookieNames(user.value) : new Set<string>();
    const pairs = this.cookiesFor(url)
      .filter((cookie) => !taken.has(cookie.key))
      .map((cookie) => cookie.cookieString());
    if (pairs.length === 0) return [...headers];
    if (!user) return [...headers, { name: 'Cookie', value: pairs.join('; '), source: 'cookie-jar' }];
    const merged: SentHeader = {
      name: user.name,
      value: [user.value.trim().replace(/;$/, ''), ...pairs].filter((part) => part !== '').join('; '),
      source: 'cookie-jar',
    };
    return headers.map((h, index) => (index === userIndex ? merged : h));
  }

  /** Stores the `Set-Cookie` headers of one hop's answer, recording what became of each. */
  receive(setCookies: readonly string[] | undefined, url: URL, hop: number): void {
    this.#answered = true;
    for (const header of setCookies ?? []) this.#receiveOne(header, url, hop);
    this.#evictOverflow(hop);
  }

  #receiveOne(header: string, url: URL, hop: number): void {
    const host = hostnameOf(url).toLowerCase();
    const parsed = Cookie.parse(header, { loose: true });
    const asked = parsed?.domain ? parsed.domain.replace(/^\./, '').toLowerCase() : null;
    const { outcome, reason, domain } = this.#storeOne(header, url, parsed, { host, asked });
    this.#changes.push({ hop, name: parsed?.key ?? '', domain, outcome, reason });
  }

  #storeOne(
    header: string,
    url: URL,
    parsed: Cookie | undefined,
    names: { host: string; asked: string | null },
  ): Omit<CookieChange, 'hop' | 'name'> {
    const refused = (reason: string) => ({
      outcome: 'rejected' as const,
      reason,
      domain: names.asked ?? names.host,
    });
    const context = { host: names.host, domain: names.asked, header };
    if (!parsed) return refused(refusalReason(new Error('Cookie failed to parse'), context));
    const tooLarge = sizeRefusal(parsed.key, parsed.value);
    if (tooLarge) return refused(tooLarge);
    const at = new Date();
    let stored: Cookie | undefined;
    try {
      stored = this.#jar.setCookieSync(header, url.href, { now: at, http: true, loose: true });
    } catch (error) {
      return refused(refusalReason(error, context));
    }
    if (!stored) return refused(refusalReason(new Error('Cookie failed to parse'), context));
    const domain = stored.domain ?? names.host;
    const expiry = stored.expiryTime(at);
    if (expiry !== undefined && expiry <= at.getTime()) {
      const { path, key } = stored;
      now((done) => this.#store.removeCookie(domain, path ?? '/', key, done));
      const why = stored.maxAge != null ? 'Max-Age was 0 or less' : 'Expires was in the past';
      return { outcome: 'deleted', reason: `${why}, which is how a server deletes a cookie.`, domain };
    }
    // Max-Age counts from when the cookie arrived; an absolute date keeps it from sliding later.
    if (expiry !== undefined && Number.isFinite(expiry)) {
      stored.expires = new Date(Math.min(expiry, 8.64e15));
      stored.maxAge = null;
    }
    return { outcome: 'stored', reason: null, domain };
  }

  /** Past MAX_JAR_COOKIES, the oldest cookies go first (RFC 6265 section 5.3 lets a jar evict). */
  #evictOverflow(hop: number): void {
    const all = this.#all();
    const excess = all.length - MAX_JAR_COOKIES;
    if (excess <= 0) return;
    const oldest = all.sort((a, b) => (a.creation as Date).getTime() - (b.creation as Date).getTime());
    for (const cookie of oldest.slice(0, excess)) {
      now((done) => this.#store.removeCookie(cookie.domain ?? '', cookie.path ?? '/', cookie.key, done));
      this.#changes.push({
        hop,
        name: cookie.key,
        domain: cookie.domain ?? '',
        outcome: 'deleted',
        reason: `the jar holds at most ${MAX_JAR_COOKIES} cookies, so the oldest one made room for a new one.`,
      });
    }
  }

  #all(): Cookie[] {
    return now<Cookie[]>((done) => this.#store.getAllCookies(done)) ?? [];
  }

  /** The `cookies` event: the jar as it ended up (expired cookies left out) and what changed. */
  event(): CookiesEvent {
    const at = new Date();
    const jar = this.#all()
      .filter((cookie) => {
        const expiry = cookie.expiryTime(at);
        return expiry === undefined || expiry > at.getTime();
      })
      .sort((a, b) => (a.creation as Date).getTime() - (b.creation as Date).getTime())
      .map((cookie) => toStoredCookie(cookie, at));
    return { type: 'cookies', jar, changes: [...this.#changes] };
  }
}
