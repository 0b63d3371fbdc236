import { hasScheme, withDefaultScheme } from '../url/request-url.ts';
import { partNotes } from './url-part-notes.ts';
import { hostCharacterProblem, urlProblem } from './url-problems.ts';
import {
  decodePercent,
  type QueryPair,
  queryPairs,
  type RawUrlRanges,
  rawUrlRanges,
  SPECIAL_SCHEMES,
  type TextRange,
} from './url-ranges.ts';

export type { QueryPair, TextRange } from './url-ranges.ts';

export type UrlPartKind = 'scheme' | 'userinfo' | 'host' | 'port' | 'path' | 'query' | 'fragment';

/** One part of an address, where it sits in the text and how the parser reads it. */
export interface UrlPart extends TextRange {
  kind: UrlPartKind;
  /** e.g. "Host". */
  label: string;
  /** As written; empty for an implied part (then `start === end`, where it would be written). */
  text: string;
  /** As the WHATWG URL parser reads it: lower-cased host, encoded path, the default port filled in. */
  value: string;
  /** Not written, but in effect: the default scheme or port, or the path `/`. */
  implied: boolean;
  /** False for the fragment, which stays in the client. */
  sent: boolean;
  /** What this part does, in plain words. */
  note: string;
}

export type UrlAnatomy =
  | {
      ok: true;
      /** The text analysed, as given; ranges index into it. */
      text: string;
      parts: UrlPart[];
      /** The query's pairs, decoded, with their ranges. */
      query: QueryPair[];
      /** The address as the parser normalizes it. */
      href: string;
      /** What goes on the request line, e.g. `/get?a=1` in `GET /get?a=1 HTTP/1.1`. */
      requestTarget: string;
    }
  | {
      ok: false;
      text: string;
      /** What is wrong and what to do, in plain words. */
      problem: string;
      /** The stretch of the text at fault, when one can be pointed at. */
      at: TextRange | null;
    };

const LABELS: Record<UrlPartKind, string> = {
  scheme: 'Scheme',
  userinfo: 'User info',
  host: 'Host',
  port: 'Port',
  path: 'Path',
  query: 'Query',
  fragment: 'Fragment',
};

// WHATWG strips leading and trailing C0 controls and spaces (code points up to U+0020) before parsing.
const isEdge = (text: string, at: number) => text.charCodeAt(at) <= 0x20;

/**
 * Splits an address into scheme, user info, host, port, path, query (pairs decoded) and fragment,
 * using the WHATWG URL parser (as browsers do) for the values and the typed text for the ranges,
 * so a UI can highlight each part where it was typed. A scheme-less address gets the scheme the
 * playground would give it (`https`, or `http` for localhost), marked implied; so does a default
 * port. An address the parser refuses gets a plain-words problem instead.
 *
 * @example urlAnatomy('https://example.com/a?q=1#top').parts.map((p) => p.kind)
 * // ['scheme', 'host', 'port', 'path', 'query', 'fragment'] (port implied: 443)
 */
export function urlAnatomy(text: string): UrlAnatomy {
  let lead = 0;
  let stop = text.length;
  while (lead < stop && isEdge(text, lead)) lead++;
  while (stop > lead && isEdge(text, stop - 1)) stop--;
  const trimmed = text.slice(lead, stop);
  if (trimmed === '') {
    return {
      ok: false,
      text,
      problem: 'The address is empty. Type one, e.g. https://example.com/path.',
      at: null,
    };
  }
  const withScheme = hasScheme(trimmed) ? trimmed : withDefaultScheme(trimmed);
  // Where the typed text sits inside `withScheme` (a scheme may have been put in front, `//` dropped).
  const shift = withScheme.length - trimmed.replace(/^\/\//, '').length;
  const typedStart = trimmed.length - trimmed.replace(/^\/\//, '').length;
  const toText = (range: TextRange): TextRange => ({
    start: Math.max(range.start - shift + typedStart, 0) + lead,
    end: Math.max(range.end - shift + typedStart, 0) + lead,
  });
  const ranges = rawUrlRanges(withScheme);
  let url: URL | null = null;
  try {
    url = new URL(withScheme);
  } catch {
    // Reported below.
  }
  const problem = url ? hostCharacterProblem(withScheme, ranges) : urlProblem(withScheme, ranges);
  if (!url || problem) {
    const found = problem ?? urlProblem(withScheme, ranges);
    return { ok: false, text, problem: found.message, at: found.at ? toText(found.at) : null };
  }
  const parts = buildParts(url, withScheme, ranges, shift > 0);
  const mapped = parts.map((part) => {
    if (part.kind === 'scheme' && shift > 0) return { ...part, start: lead, end: lead };
    return { ...part, ...toText(part) };
  });
  const query = ranges.query
    ? queryPairs(withScheme.slice(ranges.query.start, ranges.query.end), ranges.query.start).map((pair) => ({
        ...pair,
        ...toText(pair),
      }))
    : [];
  return {
    ok: true,
    text,
    parts: mapped,
    query,
    href: url.href,
    requestTarget: url.pathname + url.search || '/',
  };
}

function buildParts(url: URL, text: string, ranges: RawUrlRanges, schemeImplied: boolean): UrlPart[] {
  const scheme = url.protocol.slice(0, -1);
  const notes = partNotes(url, text, ranges, schemeImplied);
  const part = (kind: UrlPartKind, range: TextRange | null, value: string, implied = false): UrlPart => {
    const at = range ?? { start: 0, end: 0 };
    return {
      kind,
      label: LABELS[kind],
      start: at.start,
      end: implied ? at.start : at.end,
      text: implied ? '' : text.slice(at.start, at.end),
      value,
      implied,
      sent: kind !== 'fragment',
      note: notes[kind],
    };
  };
  const parts: UrlPart[] = [part('scheme', ranges.scheme, scheme, schemeImplied)];
  if (ranges.userinfo) {
    const user = decodePercent(url.username);
    const value = url.password ? `${user}:${decodePercent(url.password)}` : user;
    parts.push(part('userinfo', ranges.userinfo, value));
  }
  if (ranges.host) parts.push(part('host', ranges.host, url.hostname));
  const defaultPort = SPECIAL_SCHEMES[scheme];
  if (ranges.port && ranges.port.end > ranges.port.start) {
    parts.push(part('port', ranges.port, url.port || String(defaultPort ?? '')));
  } else if (ranges.host && defaultPort != null) {
    const after = ranges.port ?? { start: ranges.host.end, end: ranges.host.end };
    parts.push(part('port', after, String(defaultPort), true));
  }
  const pathImplied = ranges.path.start === ranges.path.end && url.pathname === '/';
  parts.push(part('path', ranges.path, url.pathname, pathImplied));
  if (ranges.query) parts.push(part('query', ranges.query, url.search.slice(1)));
  if (ranges.fragment) parts.push(part('fragment', ranges.fragment, url.hash.slice(1)));
  return parts;
}
