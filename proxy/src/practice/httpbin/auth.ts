import { type Context, Hono } from 'hono';
import { answerOtherMethods } from './methods.ts';
import { sendHtml, sendJson } from './responses.ts';
import { statusResponse } from './status-codes.ts';

/** Werkzeug's reading of `Authorization: Basic ...`; undefined when it is absent or malformed. */
export function basicCredentials(c: Context): { user: string; password: string } | undefined {
  const match = /^\s*(\S+)\s+(.+)$/s.exec(c.req.header('authorization') ?? '');
  if (!match || match[1]!.toLowerCase() !== 'basic') return undefined;
  const decoded = Buffer.from(match[2]!.trim(), 'base64');
  const colon = decoded.indexOf(':');
  if (colon === -1) return undefined;
  try {
    const text = (bytes: Buffer) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { user: text(decoded.subarray(0, colon)), password: text(decoded.subarray(colon + 1)) };
  } catch {
    return undefined;
  }
}

/** HTTP authentication: Basic (with and without a challenge) and Bearer tokens. */
export function authRoutes(options: { prefix: string }) {
  const app = new Hono();
  const matches = (c: Context) => {
    const credentials = basicCredentials(c);
    return (
      credentials !== undefined &&
      credentials.user === c.req.param('user') &&
      credentials.password === c.req.param('passwd')
    );
  };

  app.get('/basic-auth/:user/:passwd', (c) => {
    if (!matches(c)) return statusResponse(401, options.prefix);
    return sendJson({ authenticated: true, user: c.req.param('user') });
  });
  // Without a challenge a browser shows no login dialog: the resource just looks missing.
  app.get('/hidden-basic-auth/:user/:passwd', (c) => {
    if (!matches(c)) return statusResponse(404, options.prefix);
    return sendJson({ authenticated: true, user: c.req.param('user') });
  });
  app.get('/bearer', (c) => {
    const authorization = c.req.header('authorization');
    // httpbin 0.7 stripped the *letters* of "Bearer " from the start of any scheme's value (so
    // "Bearer abc" gave "bc"); this follows later httpbin, which insists on the Bearer scheme.
    if (!authorization?.startsWith('Bearer ')) return sendHtml('', 401, [['WWW-Authenticate', 'Bearer']]);
    return sendJson({ authenticated: true, token: authorization.slice('Bearer '.length) });
  });

  answerOtherMethods(app, {
    '/basic-auth/:user/:passwd': ['GET'],
    '/hidden-basic-auth/:user/:passwd': ['GET'],
    '/bearer': ['GET'],
  });
  return app;
}
