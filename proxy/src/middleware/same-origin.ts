import { createHash, timingSafeEqual } from 'node:crypto';
import { LAUNCH_TOKEN_HEADER } from '@playground/shared';
import type { Context, MiddlewareHandler } from 'hono';
import { refuse } from '../security/refusal.ts';
import type { Site } from '../security/site.ts';

export interface SameOriginOptions {
  site: Site;
  /** The launch key the served page carries; null when calls need not carry it (shared mode). */
  launchToken: string | null;
  /** Calls that need no launch key (the health check, which says nothing but "ok"). */
  tokenExempt?: (c: Context) => boolean;
}

function sameSecret(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

const HINT =
  'Use the playground from its own page. If you opened it under another address, open http://127.0.0.1:PORT/ instead.';

/**
 * Only the playground's own page may call its API (WebSocket upgrades included): a request whose
 * `Origin` is another site, that the browser marks `Sec-Fetch-Site: cross-site` (or `same-site`: another
 * port of localhost is another program), or that lacks the launch key is refused with 403. The key is
 * what stops a form or `text/plain` POST from an old browser or a `null` origin that sends neither
 * header: no other page can read ours to learn it. No CORS header is ever sent for the API.
 */
export function sameOrigin(options: SameOriginOptions): MiddlewareHandler {
  return async function sameOriginMiddleware(c, next) {
    const hint = HINT.replace('PORT', String(options.site.port(c)));
    const origin = c.req.header('origin');
    if (origin !== undefined && !options.site.origins(c).has(origin)) {
      return refuse(c, 403, {
        kind: 'blocked',
        title: 'Refused a call from another website',
        message: `A page from ${origin === 'null' ? 'an unknown origin' : origin} tried to use the playground's proxy; only the playground's own page may.`,
        hint,
        code: 'FOREIGN_ORIGIN',
      });
    }
    const fetchSite = c.req.header('sec-fetch-site');
    if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
      return refuse(c, 403, {
        kind: 'blocked',
        title: 'Refused a call from another website',
        message: `The browser says this call came from another site (Sec-Fetch-Site: ${fetchSite}); only the playground's own page may use its proxy.`,
        hint,
        code: 'CROSS_SITE',
      });
    }
    const token = options.launchToken;
    if (
      token !== null &&
      !options.tokenExempt?.(c) &&
      !sameSecret(c.req.header(LAUNCH_TOKEN_HEADER), token)
    ) {
      return refuse(c, 403, {
        kind: 'blocked',
        title: 'This page is out of date',
        message:
          "The call did not carry the key of the playground's current page: the page was loaded before the playground restarted, or it is not the playground's page.",
        hint: 'Reload the page, then send again.',
        code: 'LAUNCH_TOKEN',
      });
    }
    return next();
  };
}
