/** A stretch of the typed text: `start` inclusive, `end` exclusive (as `String.prototype.slice`). */
export interface TextRange {
  start: number;
  end: number;
}

/** Where each part of an address sits in the text; null when the part is not written. */
export interface RawUrlRanges {
  scheme: TextRange | null;
  userinfo: TextRange | null;
  host: TextRange | null;
  port: TextRange | null;
  path: TextRange;
  query: TextRange | null;
  fragment: TextRange | null;
}

/** Schemes the WHATWG URL Standard treats as special: `\` works as `/`, and they always have a host. */
export const SPECIAL_SCHEMES: Record<string, number | null> = {
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
  ftp: 21,
  file: null,
};

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/**
 * Splits an address the way the WHATWG URL parser reads it, keeping positions in the text (the
 * parser itself only gives normalized values: lower-cased host, encoded path, default port
 * dropped). `text` must already be trimmed. Ranges for the query and fragment leave out `?`/`#`.
 */
export function rawUrlRanges(text: string): RawUrlRanges {
  const scheme = SCHEME.exec(text);
  const schemeName = scheme?.[1]?.toLowerCase() ?? '';
  const special = schemeName in SPECIAL_SCHEMES;
  let at = scheme ? scheme[0].length : 0;
  const ranges: RawUrlRanges = {
    scheme: scheme ? { start: 0, end: scheme[1]!.length } : null,
    userinfo: null,
    host: null,
    port: null,
    path: { start: at, end: at },
    query: null,
    fragment: null,
  };
  const hasAuthority = special || text.startsWith('//', at);
  if (hasAuthority) {
    // Special schemes accept any run of slashes and backslashes (or none) before the host.
    if (special) {
      while (text[at] === '/' || text[at] === '\\') at++;
    } else {
      at += 2;
    }
    const authorityEnd = findFrom(text, at, special ? '/?#\\' : '/?#');
    const authority = text.slice(at, authorityEnd);
    const lastAt = authority.lastIndexOf('@');
    let hostStart = at;
    if (lastAt !== -1) {
      ranges.userinfo = { start: at, end: at + lastAt };
      hostStart = at + lastAt + 1;
    }
    const hostPort = text.slice(hostStart, authorityEnd);
    const closing = hostPort.startsWith('[') ? hostPort.indexOf(']') : -1;
    const colon = hostPort.indexOf(':', closing === -1 ? 0 : closing);
    const hostEnd = colon === -1 ? authorityEnd : hostStart + colon;
    ranges.host = { start: hostStart, end: hostEnd };
    if (colon !== -1) ranges.port = { start: hostEnd + 1, end: authorityEnd };
    at = authorityEnd;
  }
  const pathEnd = findFrom(text, at, '?#');
  ranges.path = { start: at, end: pathEnd };
  at = pathEnd;
  if (text[at] === '?') {
    const queryEnd = findFrom(text, at + 1, '#');
    ranges.query = { start: at + 1, end: queryEnd };
    at = queryEnd;
  }
  if (text[at] === '#') ranges.fragment = { start: at + 1, end: text.length };
  return ranges;
}

/** The first index at or after `from` of any of `chars`, or the text's length. */
function findFrom(text: string, from: number, chars: string): number {
  for (let i = from; i < text.length; i++) {
    if (chars.includes(text[i]!)) return i;
  }
  return text.length;
}

/** One `name=value` of a query, decoded as servers decode forms (`+` and `%20` are spaces). */
export interface QueryPair extends TextRange {
  name: string;
  value: string;
  /** False for `?flag` with no `=`. */
  hasValue: boolean;
}

/** Percent-decodes, leaving any `%` that does not start a valid UTF-8 sequence as written. */
export function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** Decodes a query name or value as servers decode forms: `+` is a space, then percent-decoding. */
export function decodeFormText(text: string): string {
  return decodePercent(text.replaceAll('+', ' '));
}

/** The pairs of a query (the text between `?` and `#`), with their ranges shifted by `offset`. */
export function queryPairs(query: string, offset: number): QueryPair[] {
  const pairs: QueryPair[] = [];
  let start = 0;
  for (const piece of query.split('&')) {
    if (piece !== '') {
      const eq = piece.indexOf('=');
      pairs.push({
        start: offset + start,
        end: offset + start + piece.length,
        name: decodeFormText(eq === -1 ? piece : piece.slice(0, eq)),
        value: eq === -1 ? '' : decodeFormText(piece.slice(eq + 1)),
        hasValue: eq !== -1,
      });
    }
    start += piece.length + 1;
  }
  return pairs;
}
