import type { HttpBindings } from '@hono/node-server';
import { type Context, Hono } from 'hono';
import { practiceSandbox } from '../middleware/security-headers.ts';
import { httpbinRoutes } from '../practice/httpbin/routes.ts';
import { todosRoutes } from '../practice/todos.ts';
import type { Site } from '../security/site.ts';

/** The built-in practice server: httpbin's paths and a REST resource, one instance per app. */
export function practiceRoutes(): Hono {
  const practice = new Hono();
  practice.use('*', practiceSandbox());
  practice.route('/httpbin', httpbinRoutes({ prefix: '/httpbin' }));
  practice.route('/practice', todosRoutes());
  return practice;
}

/** A browser request made by a page of another origin (the browser says so, or its Origin does). */
function fromAnotherOrigin(c: Context, site: Site): boolean {
  const fetchSite = c.req.header('sec-fetch-site');
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = c.req.header('origin');
  return origin !== undefined && !site.origins(c).has(origin);
}

/**
 * The practice server as browsers reach it directly. It answers any origin with httpbin's CORS
 * headers, credentials allowed, and echoes the cookies it gets (`/httpbin/cookies`, `/httpbin/headers`).
 * But cookies belong to a host name, not a port: on `127.0.0.1` they are every local app's cookies
 * (a learner's Flask session on port 5000 included). So a request from another origin reaches it
 * without its Cookie header, and no other website can read those cookies through it.
 */
export function practiceForBrowsers(practice: Hono, site: Site) {
  return function practiceForBrowsersHandler(c: Context) {
    if (!fromAnotherOrigin(c, site) || c.req.header('cookie') === undefined) {
      return practice.fetch(c.req.raw, c.env);
    }
    const headers = new Headers(c.req.raw.headers);
    headers.delete('cookie');
    return practice.fetch(new Request(c.req.raw, { headers }), withoutCookies(c.env));
  };
}

/**
 * The Node request seen through a view without its Cookie lines: the practice server reads raw
 * headers there (to list them in arrival order, as httpbin does), not only from the Fetch request.
 */
function withoutCookies(env: unknown): unknown {
  const incoming = (env as Partial<HttpBindings> | undefined)?.incoming;
  if (!incoming) return env;
  const rawHeaders: string[] = [];
  for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) {
    if (incoming.rawHeaders[i]!.toLowerCase() === 'cookie') continue;
    rawHeaders.push(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
  }
  const { cookie: _dropped, ...headers } = incoming.headers;
  const view = new Proxy(incoming, {
    get(target, property) {
      if (property === 'rawHeaders') return rawHeaders;
      if (property === 'headers') return headers;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { ...(env as object), incoming: view };
}
