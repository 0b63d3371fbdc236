import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import type { ProxyError } from '@playground/shared';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { ProxyConfig } from './config.ts';
import { BlobStore } from './engine/blob-store.ts';
import type { ConnectPolicy } from './engine/connect.ts';
import { requestLog } from './middleware/request-log.ts';
import { httpbinRoutes } from './practice/httpbin/routes.ts';
import { todosRoutes } from './practice/todos.ts';
import { blobRoutes } from './routes/blobs.ts';
import { runRoutes } from './routes/run.ts';

export interface AppDeps {
  config: ProxyConfig;
  logger: Logger;
  blobs: BlobStore;
  /** Checks every address the proxy is about to connect to (security policies plug in here). */
  connectPolicy?: ConnectPolicy;
  /** Extra trusted CA certificates (PEM), on top of the system's and NODE_EXTRA_CA_CERTS. */
  extraCA?: string[];
}

/** Everything the proxy serves: the API, the practice server and the built web app. */
export function createApp(deps: AppDeps) {
  const app = new Hono();

  app.use('*', requestLog(deps.logger));

  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  app.route('/api', runRoutes(deps));
  app.route('/api', blobRoutes(deps));
  app.route('/httpbin', httpbinRoutes({ prefix: '/httpbin' }));
  app.route('/practice', todosRoutes());

  if (existsSync(deps.config.webDist)) {
    app.use('/*', serveStatic({ root: deps.config.webDist }));
    // Any other page path is the single-page app's own route.
    app.get('*', serveStatic({ root: deps.config.webDist, path: 'index.html' }));
  }

  app.notFound((c) => {
    const error: ProxyError = {
      kind: 'invalid-request',
      title: 'Not found',
      message: `There is nothing at ${c.req.method} ${c.req.path} on the playground's proxy.`,
      hint: 'Check the address; the practice server lives under /httpbin/ and /practice/.',
    };
    return c.json({ error }, 404);
  });

  app.onError((err, c) => {
    deps.logger.error({ err }, 'unhandled error');
    const error: ProxyError = {
      kind: 'internal',
      title: 'The proxy hit a bug',
      message: 'Something went wrong inside the playground proxy itself, not with your request.',
      hint: 'Try again; if it keeps happening, the proxy log has the details.',
    };
    return c.json({ error }, 500);
  });

  return app;
}

export { BlobStore };
