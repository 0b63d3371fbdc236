import type { MiddlewareHandler } from 'hono';

/**
 * httpbin's CORS headers on every answer: the caller's Origin (or `*`) with credentials allowed, and
 * the preflight headers on OPTIONS. They let a learner's own page call the practice server.
 */
export function httpbinCors(): MiddlewareHandler {
  return async function httpbinCorsMiddleware(c, next) {
    await next();
    const headers = c.res.headers;
    headers.set('Access-Control-Allow-Origin', c.req.header('origin') ?? '*');
    headers.set('Access-Control-Allow-Credentials', 'true');
    if (c.req.method === 'OPTIONS') {
      headers.set('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, PATCH, OPTIONS');
      headers.set('Access-Control-Max-Age', '3600');
      const requested = c.req.header('access-control-request-headers');
      if (requested !== undefined) headers.set('Access-Control-Allow-Headers', requested);
    }
  };
}
