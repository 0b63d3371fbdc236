import type { SentHeader } from '@playground/shared';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** A 3xx with a Location the client follows. (300 and 304 are answers, not redirects.) */
export function isFollowableRedirect(status: number, location: string | undefined): location is string {
  return REDIRECT_STATUSES.has(status) && location !== undefined && location !== '';
}

/**
 * The method and body of the next hop, as browsers do it (Fetch standard, "HTTP-redirect fetch"):
 * 303 turns anything but HEAD into GET, 301/302 turn POST into GET, everything else (including
 * 307/308) keeps its method and body.
 */
export function nextHopMethod(status: number, method: string): { method: string; keepBody: boolean } {
  if ((status === 301 || status === 302) && method === 'POST') return { method: 'GET', keepBody: false };
  if (status === 303 && method !== 'GET' && method !== 'HEAD') return { method: 'GET', keepBody: false };
  return { method, keepBody: true };
}

const BODY_HEADERS = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
  'transfer-encoding',
]);
/** Credentials a browser or curl never forwards to another origin. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'host']);

/** The headers to send on the next hop: body headers go with the body, credentials stay home. */
export function nextHopHeaders(
  headers: readonly SentHeader[],
  options: { keepBody: boolean; sameOrigin: boolean },
): SentHeader[] {
  return headers.filter((header) => {
    const name = header.name.toLowerCase();
    if (!options.keepBody && BODY_HEADERS.has(name)) return false;
    if (!options.sameOrigin && CREDENTIAL_HEADERS.has(name)) return false;
    return true;
  });
}
