import type { KeyValue } from '../schemas/request-spec.ts';

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
/**
 * Schemes written without `//` (`data:text/plain,hi`, `mailto:a@b`). They are not web addresses
 * the playground can send to, but they are not host names either: kept as written, the engine can
 * say "unsupported scheme" instead of "invalid address".
 */
const OPAQUE_SCHEME = /^(data|javascript|mailto|file|about|blob|tel|urn|news):/i;
const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?(?:[/?#]|$)/i;

/** True when the address starts with a scheme such as `https://`. */
export function hasScheme(address: string): boolean {
  return SCHEME.test(address.trim()) || OPAQUE_SCHEME.test(address.trim());
}

/**
 * Gives a scheme-less address the scheme a browser would: `https://`, except for the loopback
 * host names (`localhost`, `127.x.x.x`, `[::1]`) where local development servers speak plain HTTP.
 *
 * @example withDefaultScheme('httpbin.org/get') // 'https://httpbin.org/get'
 * @example withDefaultScheme('localhost:5000/') // 'http://localhost:5000/'
 */
export function withDefaultScheme(address: string): string {
  const trimmed = address.trim();
  if (trimmed === '' || hasScheme(trimmed)) return trimmed;
  const withoutSlashes = trimmed.replace(/^\/\//, '');
  return `${LOOPBACK_HOST.test(withoutSlashes) ? 'http' : 'https'}://${withoutSlashes}`;
}

/** Splits an address into what comes before `?`, the query (without `?`) and the fragment. */
export function splitUrl(url: string): { base: string; query: string | null; fragment: string | null } {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? null : url.slice(hashAt + 1);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return { base: beforeHash, query: null, fragment };
  return { base: beforeHash.slice(0, queryAt), query: beforeHash.slice(queryAt + 1), fragment };
}

/**
 * Reads a query string into rows, in order, duplicates kept, text exactly as written (no
 * decoding), so that editing the table and the address stays a lossless round trip.
 *
 * @example parseQuery('ram[from]=8&tag=a&tag=b') // [{name:'ram[from]',value:'8'}, {name:'tag',...}, ...]
 */
export function parseQuery(query: string): KeyValue[] {
  if (query === '') return [];
  return query
    .split('&')
    .filter((piece) => piece !== '')
    .map((piece) => {
      const eq = piece.indexOf('=');
      return eq === -1
        ? { name: piece, value: '', enabled: true }
        : { name: piece.slice(0, eq), value: piece.slice(eq + 1), enabled: true };
    });
}

/** The address without its query and fragment, and its query as rows. */
export function parseUrlParams(url: string): { url: string; params: KeyValue[] } {
  const { base, query } = splitUrl(url);
  return { url: base, params: parseQuery(query ?? '') };
}

const HEX_ESCAPE = /^[0-9A-Fa-f]{2}$/;

/**
 * Percent-encodes query text the way a browser's address bar does (WHATWG URL's query
 * percent-encode set: controls, space, `"`, `#`, `<`, `>`, `'`, and everything beyond ASCII as
 * UTF-8), plus what would change the structure of a name or value: `&`, and `=` in a name (a whole
 * `query` keeps both). A `%`
 * that already starts an escape such as `%20` is left alone; a lone `%` becomes `%25`. Characters
 * browsers leave as they are, such as `[`, `]`, `+`, `/` and `?`, stay.
 *
 * @example encodeQueryText('hello world') // 'hello%20world'
 * @example encodeQueryText('ram[from]') // 'ram[from]'
 */
export function encodeQueryText(text: string, part: 'name' | 'value' | 'query' = 'value'): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    const code = char.charCodeAt(0);
    if (char === '%') {
      out += HEX_ESCAPE.test(text.slice(i + 1, i + 3)) ? '%' : '%25';
    } else if (
      code <= 0x20 ||
      code === 0x7f ||
      char === '"' ||
      char === '#' ||
      char === '<' ||
      char === '>' ||
      char === "'" ||
      (part !== 'query' && char === '&') ||
      (part === 'name' && char === '=')
    ) {
      out += `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
    } else if (code > 0x7f) {
      const codePoint = text.codePointAt(i)!;
      const whole = String.fromCodePoint(codePoint);
      i += whole.length - 1;
      out += encodeURIComponent(whole);
    } else {
      out += char;
    }
  }
  return out;
}

/** The enabled rows as query text, encoded as a browser would. */
export function buildQuery(params: readonly KeyValue[]): string {
  return params
    .filter((param) => param.enabled && (param.name !== '' || param.value !== ''))
    .map((param) => {
      const name = encodeQueryText(param.name, 'name');
      return param.value === '' ? name : `${name}=${encodeQueryText(param.value)}`;
    })
    .join('&');
}

const PATH_VARIABLE = /(?<=\/):([A-Za-z_][A-Za-z0-9_-]*)/g;

/** Where the path starts: after `scheme://authority`, or at the start of a relative address. */
function pathStart(base: string): number {
  const scheme = SCHEME.exec(base);
  if (!scheme) return 0;
  const slash = base.indexOf('/', scheme[0].length);
  return slash === -1 ? base.length : slash;
}

/**
 * The `:name` placeholders in the path, in order, each once.
 *
 * @example findPathVariables('http://localhost:5000/users/:id/posts/:postId') // ['id', 'postId']
 */
export function findPathVariables(url: string): string[] {
  const { base } = splitUrl(url);
  const names = [...base.slice(pathStart(base)).matchAll(PATH_VARIABLE)].map((match) => match[1]!);
  return [...new Set(names)];
}

/**
 * Replaces `:name` path segments with the enabled variables' values, encoded as one path segment
 * (a `/` inside a value becomes `%2F`). Placeholders without a value are left as written.
 */
export function substitutePathVariables(url: string, variables: readonly KeyValue[]): string {
  const values = new Map(variables.filter((v) => v.enabled).map((v) => [v.name, v.value]));
  // A variable with no value yet stays `:name`, so the address shows what is missing.
  const { base } = splitUrl(url);
  const start = pathStart(base);
  const path = base
    .slice(start)
    .replace(PATH_VARIABLE, (whole, name: string) =>
      values.get(name) ? encodeURIComponent(values.get(name)!) : whole,
    );
  return base.slice(0, start) + path + url.slice(base.length);
}

/**
 * The address a request goes to: scheme defaulted, path variables substituted, the address's own
 * query followed by the enabled params, fragment dropped (browsers never send it).
 *
 * @example
 * buildRequestUrl({ url: 'httpbin.org/anything/:id', pathVariables: [{ name: 'id', value: '7', enabled: true }],
 *   params: [{ name: 'q', value: 'a b', enabled: true }] })
 * // 'https://httpbin.org/anything/7?q=a%20b'
 */
export function buildRequestUrl(spec: {
  url: string;
  params?: readonly KeyValue[];
  pathVariables?: readonly KeyValue[];
}): string {
  const withVariables = substitutePathVariables(withDefaultScheme(spec.url), spec.pathVariables ?? []);
  const { base, query } = splitUrl(withVariables);
  const ownQuery = query === null ? '' : encodeQueryText(query, 'query');
  const extraQuery = buildQuery(spec.params ?? []);
  const fullQuery = [ownQuery, extraQuery].filter((q) => q !== '').join('&');
  return fullQuery === '' ? base : `${base}?${fullQuery}`;
}
