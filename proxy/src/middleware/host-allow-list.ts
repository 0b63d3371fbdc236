import type { MiddlewareHandler } from 'hono';
import { refuse } from '../security/refusal.ts';
import type { Site } from '../security/site.ts';

/**
 * A local playground answers only when addressed as `localhost`, `127.0.0.1` or `[::1]` at its own
 * port. A website that points its own name at 127.0.0.1 (DNS rebinding) makes the browser send
 * `Host: its-name`, so its page never gets an answer it could read, not even the page that holds
 * the launch key. Origin checks alone would pass there: to the browser, that page *is* same-origin.
 */
export function hostAllowList(site: Site): MiddlewareHandler {
  return async function hostAllowListMiddleware(c, next) {
    const host = site.host(c);
    if (site.localHosts(c).has(host)) return next();
    const port = site.port(c);
    return refuse(c, 403, {
      kind: 'blocked',
      title: "Not the playground's address",
      message: `This playground answers only at http://127.0.0.1:${port}/ or http://localhost:${port}/, and this request was addressed to "${host}".`,
      hint: `Open http://127.0.0.1:${port}/ instead. Other names are refused so that no website can reach the playground by pointing its own name at this computer.`,
      code: 'FOREIGN_HOST',
    });
  };
}
