import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

/**
 * One log line per request to the proxy: method, path, status and how long it took. `POST /api/run`
 * logs its own line when the run it streams is over, with how the run ended.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async function requestLogMiddleware(c, next) {
    if (c.req.method === 'POST' && c.req.path === '/api/run') return next();
    const started = performance.now();
    await next();
    logger.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
}
