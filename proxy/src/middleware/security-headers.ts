import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** The practice server's paths: targets that answer like httpbin, not part of the app. */
export function isPracticePath(path: string): boolean {
  return /^\/(httpbin|practice)(\/|$)/.test(path);
}

/**
 * Scripts and workers only from the built app's `/assets/`, not from anywhere on the origin: the
 * practice server on the same origin echoes whatever it is sent (`/httpbin/base64/…`), and `'self'`
 * would let that run as a script. Written without a scheme, so it holds behind an HTTPS proxy too.
 */
const assets = (c: Context) => {
  const host = c.req.header('host') ?? new URL(c.req.url).host;
  // A Host that is not a plain host[:port] must not write into the policy.
  return /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/.test(host) ? `${host}/assets/` : "'none'";
};

/**
 * What the app may load. Monaco and React set inline styles, hence `'unsafe-inline'` for styles
 * only. Images, stylesheets and fonts may come from any web address, and `<base>` may name one,
 * because the HTML preview (an `srcdoc` frame, which inherits this policy and adds its own stricter
 * one) shows pages as they look on the web, relative links resolved against the response's URL.
 * Nothing that runs code is loosened for it: scripts come only from `/assets/`, whatever the base.
 */
const appHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: [assets],
    workerSrc: [assets],
    styleSrc: ["'self'", "'unsafe-inline'", 'http:', 'https:'],
    imgSrc: ["'self'", 'data:', 'blob:', 'http:', 'https:'],
    fontSrc: ["'self'", 'data:', 'http:', 'https:'],
    connectSrc: ["'self'"],
    frameSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'", 'http:', 'https:'],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  crossOriginOpenerPolicy: 'same-origin',
  crossOriginResourcePolicy: 'same-origin',
  referrerPolicy: 'no-referrer',
  // Whoever puts the playground behind HTTPS decides about HSTS for their domain, not the app.
  strictTransportSecurity: false,
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
});

/**
 * One type a browser shows without running anything, even when a page links to it directly. Only
 * a single value counts: with two Content-Type headers (which `/httpbin/response-headers` can add),
 * browsers go by the last one, so the whole header must be one passive type.
 */
const PASSIVE_TYPE =
  /^(application\/(json|[\w.+-]+\+json|octet-stream)|text\/plain|image\/(png|jpeg|gif|webp|avif))\s*(;[^,]*)?$/i;

/**
 * The practice server answers like httpbin, so it must also serve whatever a request asks for:
 * `/httpbin/base64/…` returns any HTML, `/httpbin/response-headers` any headers. Opened directly in
 * the browser, such a page would run on the playground's own origin, next to its API. `sandbox`
 * gives every such answer (HTML, SVG, XML, anything not plainly passive) an opaque origin and no
 * scripts. It is appended, so a policy the request asked for cannot replace it.
 */
function sandboxActiveContent(c: Context): void {
  const type = c.res.headers.get('content-type') ?? '';
  if (PASSIVE_TYPE.test(type)) return;
  try {
    c.res.headers.append('Content-Security-Policy', 'sandbox');
  } catch {
    // Headers of a response built elsewhere may be immutable: Hono's setter makes a mutable copy.
    c.res = new Response(c.res.body, c.res);
    c.res.headers.append('Content-Security-Policy', 'sandbox');
  }
}

/**
 * The app (pages, assets, API) is served with a strict Content-Security-Policy and the usual headers
 * (nosniff, no referrer, no framing, its own browsing context group). The practice server's answers
 * are targets that keep httpbin's headers; `practiceSandbox` covers them.
 */
export function securityHeaders(): MiddlewareHandler {
  return async function securityHeadersMiddleware(c, next) {
    if (isPracticePath(c.req.path)) return next();
    return appHeaders(c, next);
  };
}

/** The practice server's answers, sandboxed where they could hold active content. */
export function practiceSandbox(): MiddlewareHandler {
  return async function practiceSandboxMiddleware(c, next) {
    await next();
    sandboxActiveContent(c);
  };
}
