import type { RequestSentEvent } from '../schemas/proxy-event.ts';
import { parseMediaType } from './media-type.ts';

/** Why a page's fetch() of this request would first send a preflight, per the Fetch standard. */
export interface PreflightNeed {
  /** The method, when it is not GET, HEAD or POST. */
  method: string | null;
  /** Headers (lower case) a page would set that are not on the CORS safelist, each with why. */
  headers: { name: string; why: string }[];
  /** Headers the request carried that a page cannot set at all (fetch drops them or throws). */
  forbidden: string[];
  /** The request carried cookies: a page would have to send `credentials: 'include'`. */
  cookies: boolean;
  /** The Origin header the request carried, if the learner added one. */
  origin: string | undefined;
}

const SAFELISTED_METHODS = new Set(['GET', 'HEAD', 'POST']);

// https://fetch.spec.whatwg.org/#forbidden-request-header
const FORBIDDEN = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);

/** A name a page's script may not set: the browser owns it. */
export function isForbiddenRequestHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return FORBIDDEN.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-');
}

// https://fetch.spec.whatwg.org/#cors-unsafe-request-header-byte
const UNSAFE_PRINTABLE = new Set('"():<>?@[\\]{}');
function hasUnsafeByte(value: string): boolean {
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f || UNSAFE_PRINTABLE.has(ch)) return true;
  }
  return false;
}
const SIMPLE_CONTENT_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
]);

/** Why this header would need a preflight, or null when it is CORS-safelisted (Fetch §2.2.2). */
function unsafeBecause(name: string, value: string): string | null {
  const safelisted = ['accept', 'accept-language', 'content-language', 'content-type', 'range'];
  if (!safelisted.includes(name)) return 'it is not one of the headers a page may send freely';
  if (value.length > 128) return 'its value is longer than 128 characters';
  switch (name) {
    case 'accept':
      return hasUnsafeByte(value) ? 'its value has characters the safelist does not allow' : null;
    case 'accept-language':
    case 'content-language':
      return /^[0-9A-Za-z *,\-.;=]*$/.test(value)
        ? null
        : 'its value has characters the safelist does not allow';
    case 'content-type': {
      if (hasUnsafeByte(value)) return 'its value has characters the safelist does not allow';
      const type = parseMediaType(value);
      return type && SIMPLE_CONTENT_TYPES.has(type.essence)
        ? null
        : 'only text/plain, multipart/form-data and application/x-www-form-urlencoded go without asking';
    }
    default:
      return /^bytes=\d+-\d*$/.test(value.trim())
        ? null
        : 'only a single simple byte range goes without asking';
  }
}

/**
 * What a page on another origin would have to do to send this same request with fetch(): the
 * headers the user, the auth tab and the body editor set count (the playground's defaults and the
 * client's own Host and Content-Length do not: a browser sets its own), and cookies would need
 * `credentials: 'include'`.
 */
export function preflightNeed(request: RequestSentEvent): PreflightNeed {
  const method = request.method.toUpperCase();
  const need: PreflightNeed = {
    method: SAFELISTED_METHODS.has(method) ? null : request.method,
    headers: [],
    forbidden: [],
    cookies: request.headers.some((header) => header.name.toLowerCase() === 'cookie'),
    origin: request.headers.find((header) => header.name.toLowerCase() === 'origin')?.value,
  };
  for (const header of request.headers) {
    if (header.source === 'client' || header.source === 'default' || header.source === 'cookie-jar') continue;
    const name = header.name.toLowerCase();
    // An Origin the learner added stands for the page asking (see `origin`), not for a header it sets.
    if (name === 'origin') continue;
    if (isForbiddenRequestHeader(name)) {
      if (!need.forbidden.includes(header.name)) need.forbidden.push(header.name);
      continue;
    }
    const why = unsafeBecause(name, header.value);
    if (why && !need.headers.some((other) => other.name === name)) need.headers.push({ name, why });
  }
  // Fetch: safelisted values above 1024 bytes in all make every one of them unsafe.
  const safeTotal = request.headers
    .filter((h) => h.source !== 'client' && h.source !== 'default' && h.source !== 'cookie-jar')
    .filter((h) => !isForbiddenRequestHeader(h.name) && unsafeBecause(h.name.toLowerCase(), h.value) === null)
    .reduce((sum, h) => sum + h.value.length, 0);
  if (safeTotal > 1024)
    need.headers.push({ name: '(all of them)', why: 'the safelisted values add up to more than 1024 bytes' });
  return need;
}

/** true when a browser would send an OPTIONS preflight before this request. */
export function needsPreflight(need: PreflightNeed): boolean {
  return need.method !== null || need.headers.length > 0;
}
