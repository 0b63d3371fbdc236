import type { HeaderPair } from '../schemas/proxy-event.ts';
import { headerValue, headerValues } from './finding.ts';

/** What Access-Control-Allow-Origin allows, read the way browsers read it. */
export type AllowOrigin =
  | { kind: 'absent' }
  | { kind: 'any' }
  | { kind: 'origin'; origin: string }
  /** `null`: pages with an opaque origin (sandboxed frames, local files), which any site can make. */
  | { kind: 'null' }
  | { kind: 'invalid'; why: string };

/**
 * Reads Access-Control-Allow-Origin. Browsers compare its value byte for byte with the page's
 * origin, so exactly one value, `*`, `null` or an origin written as browsers write it
 * (`https://example.org`, no path, no slash at the end).
 */
export function readAllowOrigin(headers: readonly HeaderPair[]): AllowOrigin {
  const values = headerValues(headers, 'access-control-allow-origin').map((value) => value.trim());
  if (values.length === 0) return { kind: 'absent' };
  if (values.length > 1)
    return { kind: 'invalid', why: `is sent ${values.length} times; browsers accept exactly one value` };
  const value = values[0]!;
  if (value === '*') return { kind: 'any' };
  if (value === 'null') return { kind: 'null' };
  if (value.includes(',') || /\s/.test(value))
    return {
      kind: 'invalid',
      why: 'lists several origins; browsers accept exactly one (the server must pick the one that asked)',
    };
  let origin: string;
  try {
    origin = new URL(value).origin;
  } catch {
    return {
      kind: 'invalid',
      why: 'is not an origin (an origin is scheme://host, with :port when it is not the default)',
    };
  }
  if (origin === value) return { kind: 'origin', origin };
  if (`${origin}/` === value)
    return {
      kind: 'invalid',
      why: `ends with a slash: no page's origin does (it would have to be exactly ${origin})`,
    };
  return {
    kind: 'invalid',
    why: `is not written as an origin is: browsers compare it with ${origin} letter for letter`,
  };
}

/** Access-Control-Allow-Credentials counts only as exactly `true`. */
export function allowsCredentials(headers: readonly HeaderPair[]): boolean {
  return headerValue(headers, 'access-control-allow-credentials')?.trim() === 'true';
}

/** A comma-separated list header (Allow-Methods, Allow-Headers, Expose-Headers) as its items. */
export function listHeader(headers: readonly HeaderPair[], name: string): string[] {
  return headerValues(headers, name)
    .flatMap((value) => value.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
}

// https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name
const SAFELISTED_RESPONSE = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
]);

/** Which of the response's headers a page's script could read with CORS, and which stay hidden. */
export function exposedHeaders(
  headers: readonly HeaderPair[],
  credentialed: boolean,
): { readable: string[]; hidden: string[]; never: string[] } {
  const exposed = new Set(
    listHeader(headers, 'access-control-expose-headers').map((name) => name.toLowerCase()),
  );
  const wildcard = exposed.has('*') && !credentialed;
  const seen = new Set<string>();
  const out = { readable: [] as string[], hidden: [] as string[], never: [] as string[] };
  for (const [name] of headers) {
    const lower = name.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    if (lower === 'set-cookie' || lower === 'set-cookie2') out.never.push(name);
    else if (SAFELISTED_RESPONSE.has(lower) || wildcard || exposed.has(lower)) out.readable.push(name);
    else out.hidden.push(name);
  }
  return out;
}
