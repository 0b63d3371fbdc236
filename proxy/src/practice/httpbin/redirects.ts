import { type Context, Hono } from 'hono';
import { answerOtherMethods } from './methods.ts';
import { parsePythonInt } from './python-numbers.ts';
import { caseInsensitiveArg, hostOf, queryPairs, schemeOf } from './request-data.ts';
import { bareRedirect, internalError, redirectPage, sendHtml } from './responses.ts';
import { STATUS_METHODS } from './status-codes.ts';

/**
 * Redirect chains and the links page. Every path httpbin would point at stays under the mount
 * prefix, so following a redirect never leaves the practice server.
 */
export function redirectRoutes(options: { prefix: string }) {
  const { prefix } = options;
  const app = new Hono();
  // Flask's url_for(_external=True): the address the client used, without X-Forwarded-Proto.
  const external = (c: Context, path: string) => `${schemeOf(c)}://${hostOf(c)}${prefix}${path}`;

  app.get('/redirect/:n{[0-9]+}', (c) => {
    const n = Number(c.req.param('n'));
    // httpbin asserts n > 0, so /redirect/0 is its 500 page.
    if (n <= 0) return internalError();
    const absolute =
      (queryPairs(c).find(([key]) => key === 'absolute')?.[1] ?? 'false').toLowerCase() === 'true';
    if (n === 1) return redirectPage(absolute ? external(c, '/get') : `${prefix}/get`);
    if (absolute) return redirectPage(external(c, `/absolute-redirect/${n - 1}`));
    return redirectPage(`${prefix}/relative-redirect/${n - 1}`);
  });

  app.get('/relative-redirect/:n{[0-9]+}', (c) => {
    const n = Number(c.req.param('n'));
    if (n <= 0) return internalError();
    return bareRedirect(n === 1 ? `${prefix}/get` : `${prefix}/relative-redirect/${n - 1}`);
  });

  app.get('/absolute-redirect/:n{[0-9]+}', (c) => {
    const n = Number(c.req.param('n'));
    if (n <= 0) return internalError();
    return redirectPage(external(c, n === 1 ? '/get' : `/absolute-redirect/${n - 1}`));
  });

  app.on(STATUS_METHODS, '/redirect-to', (c) => {
    const url = caseInsensitiveArg(c, 'url');
    const statusText = caseInsensitiveArg(c, 'status_code');
    const status = statusText === undefined ? 302 : parsePythonInt(statusText);
    // httpbin raises on a missing url or a status that is not a number: its 500 page.
    if (url === undefined || status === undefined || /[\r\n\0]/.test(url)) return internalError();
    return bareRedirect(url, status >= 300 && status < 400 ? status : 302);
  });

  app.get('/links/:n{[0-9]+}/:offset{[0-9]+}', (c) => {
    const n = Math.min(Math.max(1, Number(c.req.param('n'))), 200);
    const offset = Number(c.req.param('offset'));
    const links = Array.from({ length: n }, (_, i) =>
      i === offset ? `${i} ` : `<a href='${prefix}/links/${n}/${i}'>${i}</a> `,
    );
    return sendHtml(`<html><head><title>Links</title></head><body>${links.join('')}</body></html>`);
  });
  app.get('/links/:n{[0-9]+}', (c) => redirectPage(`${prefix}/links/${Number(c.req.param('n'))}/0`));

  answerOtherMethods(app, {
    '/redirect/:n{[0-9]+}': ['GET'],
    '/relative-redirect/:n{[0-9]+}': ['GET'],
    '/absolute-redirect/:n{[0-9]+}': ['GET'],
    '/redirect-to': STATUS_METHODS,
    '/links/:n{[0-9]+}/:offset{[0-9]+}': ['GET'],
    '/links/:n{[0-9]+}': ['GET'],
  });
  return app;
}
