import { parse } from '@tusbar/cache-control';
import type { Point } from './finding.ts';

/** Seconds in words a person reads at a glance: "60 seconds", "1 hour (3600 seconds)". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (s < 120) return plural(s, 'second');
  const units: [number, string][] = [
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  const exact = units.find(([size]) => s % size === 0);
  if (exact) return `${plural(s / exact[0], exact[1])} (${s} seconds)`;
  const [size, unit] = s < 7200 ? units[2]! : s < 2 * 86400 ? units[1]! : units[0]!;
  return `about ${plural(Math.round((s / size) * 10) / 10, unit)} (${s} seconds)`;
}

// Directive names in the order written, quoted values skipped (the grammar of RFC 9111 §5.2).
const DIRECTIVE = /([a-zA-Z][a-zA-Z_-]*)\s*(?:=(?:"([^"]*)"|([^ \t",;]*)))?/g;

const KNOWN = new Set([
  'max-age',
  's-maxage',
  'no-cache',
  'no-store',
  'private',
  'public',
  'must-revalidate',
  'proxy-revalidate',
  'immutable',
  'stale-while-revalidate',
  'stale-if-error',
  'no-transform',
  'must-understand',
]);
const REQUEST_ONLY = new Set(['max-stale', 'min-fresh', 'only-if-cached']);

/**
 * Each directive of a response's Cache-Control, in plain words and in the order written. Unknown
 * directives and request-only ones are said to be ignored.
 *
 * @example cacheDirectives('public, max-age=60')[1] // { term: 'max-age=60', meaning: 'Fresh for 60 seconds: …' }
 */
export function cacheDirectives(header: string): Point[] {
  const cc = parse(header);
  const fields = (list: string[] | null) =>
    list ? ` (only the ${list.join(', ')} header${list.length === 1 ? '' : 's'})` : '';
  const meaning: Record<string, string> = {
    'max-age':
      cc.maxAge === null
        ? 'Not a number of seconds: caches treat the answer as already stale.'
        : cc.maxAge === 0
          ? 'Stale at once: a cache may keep it, but must check with the server before every use.'
          : `Fresh for ${duration(cc.maxAge ?? 0)}: until then a cache reuses it without asking the server.`,
    's-maxage': `Shared caches (CDNs, proxies) use ${duration(cc.sharedMaxAge ?? 0)} instead of max-age; browsers ignore it.`,
    'no-cache': `Despite the name, it may be stored${fields(cc.noCacheFields)}, but must be checked with the server (a conditional request) before each use.`,
    'no-store': 'Must not be stored anywhere, at all: every use means a new request.',
    private: `Only the browser may keep it${fields(cc.privateFields)}, not shared caches: it may hold this user's own data.`,
    public:
      'Any cache may keep it, even one that normally would not (e.g. an answer to a request with Authorization).',
    'must-revalidate':
      'Once stale, it must not be used without checking with the server, even when the server cannot be reached.',
    'proxy-revalidate': 'Like must-revalidate, for shared caches only.',
    immutable: 'It will not change while fresh: browsers do not check it even when you reload the page.',
    'stale-while-revalidate': `For ${duration(cc.staleWhileRevalidate ?? 0)} after going stale, a cache may still use it while it checks with the server in the background.`,
    'stale-if-error': `For ${duration(cc.staleIfError ?? 0)} after going stale, a cache may still use it if the server answers with an error.`,
    'no-transform': 'Caches and proxies on the way must not change it (e.g. recompress images).',
    'must-understand': 'Only caches that know this status code may store it.',
  };
  const points: Point[] = [];
  for (const match of header.matchAll(DIRECTIVE)) {
    const name = match[1]!.toLowerCase();
    const term = match[0].trim();
    if (KNOWN.has(name)) points.push({ term, meaning: meaning[name]! });
    else if (REQUEST_ONLY.has(name))
      points.push({ term, meaning: 'A directive for requests: in a response, caches ignore it.' });
    else points.push({ term, meaning: 'Not a directive caches know: they ignore it.' });
  }
  if (cc.noStore && points.length > 1)
    points.push({ term: 'together', meaning: 'no-store wins: whatever else is said, nothing is stored.' });
  return points;
}
