import type { HeaderNote } from './header-note.ts';

// Headers no standard defines that learners meet all the time (proxies, frameworks, rate limits).
// Each summary says it is a convention.
export const CONVENTIONAL_HEADERS: readonly HeaderNote[] = [
  {
    name: 'X-Forwarded-For',
    direction: 'request',
    summary:
      "Added by proxies and load balancers: the client's IP address, then each proxy's (a widespread convention; Forwarded is the standard form).",
  },
  {
    name: 'X-Forwarded-Host',
    direction: 'request',
    summary: 'Added by proxies: the Host the client asked for, before the proxy changed it (a convention).',
  },
  {
    name: 'X-Forwarded-Proto',
    direction: 'request',
    summary:
      'Added by proxies: whether the client used http or https, as the server behind may only see http (a convention).',
  },
  {
    name: 'X-Powered-By',
    direction: 'response',
    summary:
      'The framework behind the server, e.g. "Express" or "PHP/8.2" (not a standard; often removed for security).',
  },
  {
    name: 'X-RateLimit-Limit',
    direction: 'response',
    summary: 'How many requests the API allows in its time window (a common convention, not a standard).',
  },
  {
    name: 'X-RateLimit-Remaining',
    direction: 'response',
    summary:
      'How many requests are left in the current window before 429 Too Many Requests (a common convention).',
  },
  {
    name: 'X-RateLimit-Reset',
    direction: 'response',
    summary:
      'When the rate-limit window starts again: seconds from now or a Unix time, depending on the API (a common convention).',
  },
  {
    name: 'X-Request-Id',
    direction: 'both',
    summary:
      "An id for this one request, to find it in the server's logs when reporting a problem (a common convention).",
  },
  {
    name: 'X-Requested-With',
    direction: 'request',
    summary:
      '"XMLHttpRequest" marks a request made by a page\'s script rather than by navigation (an old convention of JavaScript libraries).',
  },
];
