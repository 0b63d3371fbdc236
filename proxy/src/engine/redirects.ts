import type { SentHeader } from '@playground/shared';
import { fail } from './errors.ts';

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

/** Where a Location points, resolved against the current address; only http(s) is followed. */
export function redirectTarget(location: string, current: URL, where: string): URL {
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    throw fail(
      'protocol',
      'Invalid redirect',
      `${where} redirected to "${location}", which is not a valid address.`,
      'Turn off "follow redirects" to see the response itself.',
    );
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw fail(
      'unsupported-scheme',
      'Unsupported redirect',
      `${where} redirected to a ${next.protocol}// address, which the playground does not follow.`,
      'Turn off "follow redirects" to see the response itself.',
    );
  }
  return next;
}
