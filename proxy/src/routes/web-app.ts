import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { LAUNCH_TOKEN_META } from '@playground/shared';
import { type Context, Hono } from 'hono';
import { accessPagePath, hasAccess } from '../security/access-code.ts';

export interface WebAppOptions {
  /** The built SPA (web/dist). */
  root: string;
  /** Written into every copy of the page, for its calls to `/api`. */
  launchToken: string;
  /** The class access code, or empty. */
  accessCode: string;
}

/**
 * The built single-page app. Its page is never served as a plain file: each copy carries the
 * launch key in a `<meta>` (read by the page, sent back with every API call) and is never cached,
 * since the key changes at every launch. Files that exist are served as they are; any other path
 * outside `/api` is one of the app's own routes and gets the page.
 */
export function webAppRoutes(options: WebAppOptions): Hono {
  const app = new Hono();
  const indexFile = path.join(options.root, 'index.html');

  const page = async (c: Context) => {
    if (!hasAccess(c, options.accessCode)) return c.redirect(accessPagePath(c), 303);
    const html = await readFile(indexFile, 'utf8');
    const meta = `<meta name="${LAUNCH_TOKEN_META}" content="${options.launchToken}">`;
    c.header('Cache-Control', 'no-store');
    return c.html(html.replace('</head>', `    ${meta}\n  </head>`));
  };

  app.get('/', page);
  app.get('/index.html', page);
  // A published snapshot's short link (`/s/<id>`): the page opens it (see readShareLocation).
  app.get('/s/*', page);
  app.use('/*', serveStatic({ root: options.root }));
  app.get('*', (c, next) => (c.req.path === '/api' || c.req.path.startsWith('/api/') ? next() : page(c)));
  return app;
}
