import type { HeaderNote } from './header-note.ts';

// Authentication, cookies, CORS, fetch metadata and security policy headers, written for learners
// from RFC 9110 §11, RFC 6265, RFC 6455, the Fetch standard and the W3C specification in `spec`.
export const SECURITY_HEADERS: readonly HeaderNote[] = [
  {
    name: 'Access-Control-Allow-Credentials',
    direction: 'response',
    spec: 'Fetch standard (CORS)',
    summary:
      '"true" lets a page on another origin read this response even when its request carried cookies or credentials.',
    note: 'It only works with Access-Control-Allow-Origin naming the exact origin, never "*".',
  },
  {
    name: 'Access-Control-Allow-Headers',
    direction: 'response',
    spec: 'Fetch standard (CORS)',
    summary:
      'In a preflight answer: the request headers a page on another origin may send (e.g. "Content-Type, Authorization").',
  },
  {
    name: 'Access-Control-Allow-Methods',
    direction: 'response',
    spec: 'Fetch standard (CORS)',
    summary: 'In a preflight answer: the methods a page on another origin may use beyond GET, HEAD and POST.',
  },
  {
    name: 'Access-Control-Allow-Origin',
    direction: 'response',
    spec: 'Fetch standard (CORS)',
    summary: 'Which other origin\'s pages may read this response with fetch: one origin, or "*" for any.',
    note: "Without it, a browser blocks a script on another site from reading the answer (the request was still sent). Tools like curl and this playground's proxy are not pages in a browser, so they are not blocked.",
  },
  {
    name: 'Access-Control-Expose-Headers',
    direction: 'response',
    spec: 'Fetch standard (CORS)',
    summary:
      'The response headers a script on another origin may read, beyond the few simple ones (Content-Type and the like).',
  },
  {
    name: 'Access-Control-Max-Age',
    direction: 'response',
    spec: 'Fetch standard (CORS)',
    summary: 'How many seconds the browser may reuse this preflight answer before asking again.',
  },
  {
    name: 'Access-Control-Request-Headers',
    direction: 'request',
    spec: 'Fetch standard (CORS)',
    summary: 'Sent by a browser in a preflight OPTIONS request: the headers the real request will carry.',
  },
  {
    name: 'Access-Control-Request-Method',
    direction: 'request',
    spec: 'Fetch standard (CORS)',
    summary: 'Sent by a browser in a preflight OPTIONS request: the method the real request will use.',
  },
  {
    name: 'Authorization',
    direction: 'request',
    spec: 'RFC 9110 §11.6.2',
    summary: 'The credentials that prove who is asking, e.g. "Basic dXNlcjpwYXNz" or "Bearer <token>".',
    note: 'Basic is only base64 (an encoding anyone can reverse), not encryption: send it over https only. The Auth tab writes this header for you.',
  },
  {
    name: 'Content-Security-Policy',
    direction: 'response',
    spec: 'W3C CSP Level 3',
    summary:
      'Rules for the page about where scripts, styles, images and frames may come from, to blunt injected scripts (XSS).',
  },
  {
    name: 'Content-Security-Policy-Report-Only',
    direction: 'response',
    spec: 'W3C CSP Level 3',
    summary:
      'A Content-Security-Policy that only reports what it would block, to try a policy out before enforcing it.',
  },
  {
    name: 'Cookie',
    direction: 'request',
    spec: 'RFC 6265 §5.4',
    summary: 'The cookies the client stored for this site, sent back as "name=value; other=value".',
    note: "This is how a server recognises the same visitor (a session) across requests. A collection's cookie jar adds it for you.",
  },
  {
    name: 'Cross-Origin-Embedder-Policy',
    direction: 'response',
    spec: 'HTML standard',
    summary:
      'Lets the page load cross-origin resources only if they opt in ("require-corp"), a step to powerful features such as SharedArrayBuffer.',
  },
  {
    name: 'Cross-Origin-Opener-Policy',
    direction: 'response',
    spec: 'HTML standard',
    summary:
      'Keeps windows opened from other origins out of this page\'s window group ("same-origin"), against cross-window attacks.',
  },
  {
    name: 'Cross-Origin-Resource-Policy',
    direction: 'response',
    spec: 'Fetch standard',
    summary:
      'Which sites may embed this resource (image, script): "same-origin", "same-site" or "cross-origin".',
  },
  {
    name: 'Origin',
    direction: 'request',
    spec: 'RFC 6454 §7',
    summary:
      'The origin (scheme, host, port) of the page that made this request; browsers send it on cross-origin and most non-GET requests.',
    note: 'Servers check it for CORS and against cross-site request forgery.',
  },
  {
    name: 'Permissions-Policy',
    direction: 'response',
    spec: 'W3C Permissions Policy',
    summary: 'Which browser features (camera, geolocation, ...) the page and its frames may use.',
  },
  {
    name: 'Proxy-Authenticate',
    direction: 'response',
    spec: 'RFC 9110 §11.7.1',
    summary: 'With 407: how to log in to the proxy between you and the server.',
  },
  {
    name: 'Proxy-Authorization',
    direction: 'request',
    spec: 'RFC 9110 §11.7.2',
    summary: 'Credentials for a proxy between you and the server, like Authorization is for the server.',
  },
  {
    name: 'Referrer-Policy',
    direction: 'response',
    spec: 'W3C Referrer Policy',
    summary:
      'How much of this page\'s address the browser puts in Referer when leaving it, e.g. "strict-origin-when-cross-origin".',
  },
  {
    name: 'Sec-Fetch-Dest',
    direction: 'request',
    spec: 'W3C Fetch Metadata',
    summary:
      'Set by browsers: what the response will be used as ("document", "image", "script", "empty" for fetch).',
  },
  {
    name: 'Sec-Fetch-Mode',
    direction: 'request',
    spec: 'W3C Fetch Metadata',
    summary:
      'Set by browsers: how the request was made ("navigate", "cors", "no-cors", "same-origin", "websocket").',
  },
  {
    name: 'Sec-Fetch-Site',
    direction: 'request',
    spec: 'W3C Fetch Metadata',
    summary:
      'Set by browsers: how the requesting page relates to the target ("same-origin", "same-site", "cross-site", "none").',
    note: "Servers use it to refuse requests other sites trigger; this playground's own proxy does.",
  },
  {
    name: 'Sec-Fetch-User',
    direction: 'request',
    spec: 'W3C Fetch Metadata',
    summary: 'Set by browsers to "?1" when a person started the navigation (a click), not a script.',
  },
  {
    name: 'Sec-WebSocket-Accept',
    direction: 'response',
    spec: 'RFC 6455 §11.3.3',
    summary:
      "The server's proof, derived from Sec-WebSocket-Key, that it understood the WebSocket handshake.",
  },
  {
    name: 'Sec-WebSocket-Extensions',
    direction: 'both',
    spec: 'RFC 6455 §11.3.2',
    summary: 'WebSocket extensions offered and agreed, e.g. "permessage-deflate" for compression.',
  },
  {
    name: 'Sec-WebSocket-Key',
    direction: 'request',
    spec: 'RFC 6455 §11.3.1',
    summary:
      'A random value in the WebSocket handshake, which the server must transform into Sec-WebSocket-Accept.',
  },
  {
    name: 'Sec-WebSocket-Protocol',
    direction: 'both',
    spec: 'RFC 6455 §11.3.4',
    summary:
      'The application protocols spoken over the WebSocket: the client offers some, the server picks one.',
  },
  {
    name: 'Sec-WebSocket-Version',
    direction: 'both',
    spec: 'RFC 6455 §11.3.5',
    summary: 'The WebSocket protocol version; 13 is the only one in use.',
  },
  {
    name: 'Set-Cookie',
    direction: 'response',
    spec: 'RFC 6265 §4.1',
    summary:
      'Asks the client to store a cookie ("name=value") and send it back in Cookie on later requests; one header per cookie.',
    note: 'Its attributes limit it: Expires/Max-Age (how long), Domain and Path (where it is sent), Secure (https only), HttpOnly (hidden from page scripts), SameSite (not sent from other sites).',
  },
  {
    name: 'Strict-Transport-Security',
    direction: 'response',
    spec: 'RFC 6797',
    summary: 'Tells browsers to use only https:// for this site from now on, for max-age seconds (HSTS).',
    note: 'It protects against a network attacker turning the first plain http:// request into a trap. Browsers ignore it on plain http:// responses.',
  },
  {
    name: 'Timing-Allow-Origin',
    direction: 'response',
    spec: 'W3C Resource Timing',
    summary: 'Which other origins may see detailed timings of loading this resource.',
  },
  {
    name: 'Upgrade-Insecure-Requests',
    direction: 'request',
    spec: 'W3C Upgrade Insecure Requests',
    summary: '"1" tells the server this browser prefers https:// and upgrades http:// links.',
  },
  {
    name: 'WWW-Authenticate',
    direction: 'response',
    spec: 'RFC 9110 §11.6.1',
    summary: 'With 401: which way to log in the server accepts, e.g. Basic realm="Fake Realm" or Bearer.',
    note: 'A browser seeing "Basic" shows its own login box. Choose the same scheme in the Auth tab.',
  },
  {
    name: 'X-Content-Type-Options',
    direction: 'response',
    spec: 'Fetch standard',
    summary: '"nosniff" tells browsers to trust Content-Type and never guess the type from the content.',
    note: 'Guessing let an uploaded "image" run as a script; with nosniff a wrong Content-Type is refused instead.',
  },
  {
    name: 'X-Frame-Options',
    direction: 'response',
    spec: 'RFC 7034',
    summary:
      '"DENY" or "SAMEORIGIN": whether other sites may show this page in a frame (against clickjacking); CSP frame-ancestors replaces it.',
  },
  {
    name: 'X-XSS-Protection',
    direction: 'response',
    summary:
      'Switched an old browser XSS filter on or off; current browsers ignore it, and Content-Security-Policy replaces it.',
  },
];
