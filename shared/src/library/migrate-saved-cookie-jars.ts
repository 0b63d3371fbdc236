import { MAX_JAR_COOKIES, type SavedCookieJars, StoredCookie } from '../schemas/cookie.ts';

/** What a stored value turned out to be. */
export type SavedCookieJarsMigration =
  | { status: 'empty' }
  /** `dropped` says what could not be kept, when some cookies or jars were unreadable. */
  | { status: 'ok'; saved: SavedCookieJars; dropped: string | null }
  | { status: 'unreadable'; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Reads whatever was stored under the `cookies` key, from any version, into the current shape.
 * Never throws. A cookie is small and independent of the others, so it is read one by one: a
 * broken cookie costs only itself, a broken jar only its cookies, and a jar over the size limit
 * keeps its newest cookies. Only garbage as a whole comes back `unreadable`.
 *
 * @example
 * const read = migrateSavedCookieJars(await get('cookies'));
 * if (read.status === 'ok') use(read.saved.jars);
 */
export function migrateSavedCookieJars(stored: unknown): SavedCookieJarsMigration {
  if (stored === undefined || stored === null) return { status: 'empty' };
  if (!isRecord(stored))
    return { status: 'unreadable', reason: 'the saved data is not a set of cookie jars.' };
  if (typeof stored.v === 'number' && stored.v > 1) {
    return {
      status: 'unreadable',
      reason: `they were saved by a newer version of HTTP Playground (format ${stored.v}).`,
    };
  }
  if (stored.v !== 1) return { status: 'unreadable', reason: 'the saved data has no known format version.' };
  if (!Array.isArray(stored.jars)) {
    return { status: 'unreadable', reason: 'the saved cookie jars could not be read (at jars).' };
  }

  let lostJars = 0;
  let lostCookies = 0;
  const seen = new Set<string>();
  const jars: SavedCookieJars['jars'] = [];
  for (const raw of stored.jars) {
    // A jar whose id is unreadable or repeated cannot be told apart from the others: it goes whole.
    if (!isRecord(raw) || typeof raw.id !== 'string' || seen.has(raw.id) || !Array.isArray(raw.cookies)) {
      lostJars += 1;
      continue;
    }
    seen.add(raw.id);
    const cookies = raw.cookies.flatMap((c) => {
      const cookie = StoredCookie.safeParse(c);
      return cookie.success ? [cookie.data] : [];
    });
    lostCookies += raw.cookies.length - cookies.length;
    if (cookies.length > MAX_JAR_COOKIES) {
      cookies.sort((a, b) => b.created.localeCompare(a.created));
      lostCookies += cookies.length - MAX_JAR_COOKIES;
      cookies.length = MAX_JAR_COOKIES;
    }
    jars.push({ id: raw.id, cookies });
  }
  const lost = [
    lostJars > 0 ? plural(lostJars, 'cookie jar', 'cookie jars') : null,
    lostCookies > 0 ? plural(lostCookies, 'cookie', 'cookies') : null,
  ].filter((part) => part !== null);
  return {
    status: 'ok',
    saved: { v: 1, jars },
    dropped: lost.length === 0 ? null : `${lost.join(' and ')} could not be read.`,
  };
}
