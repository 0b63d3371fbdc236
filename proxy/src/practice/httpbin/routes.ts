import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { authRoutes } from './auth.ts';
import { cookieRoutes } from './cookies.ts';
import { httpbinCors } from './cors.ts';
import { dynamicDataRoutes } from './dynamic-data.ts';
import { imageRoutes } from './images.ts';
import { redirectRoutes } from './redirects.ts';
import { requestInspectionRoutes } from './request-inspection.ts';
import { responseFormatRoutes } from './response-formats.ts';
import { responseInspectionRoutes } from './response-inspection.ts';
import { notFound, payloadTooLarge } from './responses.ts';
import { statusCodeRoutes } from './status-codes.ts';
import { streamRoutes } from './streams.ts';

/** The largest request body the echo endpoints accept (Werkzeug's 413 page past it). */
export const MAX_REQUEST_BODY = 10 * 1024 * 1024;

/**
 * The built-in practice server: httpbin's paths, status codes, headers and JSON shapes, so every
 * httpbin example in a course works offline. `prefix` is where the app is mounted; redirects,
 * cookie paths and links stay under it.
 *
 * @example
 * app.route('/httpbin', httpbinRoutes({ prefix: '/httpbin' }));
 */
export function httpbinRoutes(options: { prefix: string }): Hono {
  const app = new Hono();
  app.use('*', httpbinCors());
  // Bodies are held in memory and echoed back (binary as base64): cap them for a shared server.
  app.use('*', bodyLimit({ maxSize: MAX_REQUEST_BODY, onError: () => payloadTooLarge() }));

  app.route('/', requestInspectionRoutes());
  app.route('/', statusCodeRoutes(options));
  app.route('/', redirectRoutes(options));
  app.route('/', cookieRoutes(options));
  app.route('/', authRoutes(options));
  app.route('/', dynamicDataRoutes());
  app.route('/', streamRoutes());
  app.route('/', responseFormatRoutes(options));
  app.route('/', imageRoutes(options));
  app.route('/', responseInspectionRoutes(options));

  // Flask's 404 page for any other path under the prefix, rather than the proxy's JSON error.
  app.all('*', () => notFound());
  return app;
}
