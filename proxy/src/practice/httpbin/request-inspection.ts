import { type Context, Hono } from 'hono';
import { answerOtherMethods } from './methods.ts';
import { type RequestKey, requestData, requestHeaders } from './request-data.ts';
import { sendJson } from './responses.ts';

const BODY_KEYS: RequestKey[] = ['url', 'args', 'form', 'data', 'origin', 'headers', 'files', 'json'];
const ANYTHING_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'TRACE'];

/** The echo endpoints: what the server saw of the request (HTTP Methods and Request inspection). */
export function requestInspectionRoutes() {
  const app = new Hono();

  app.get('/get', async (c) => sendJson(await requestData(c, ['url', 'args', 'headers', 'origin'])));
  for (const method of ['post', 'put', 'patch', 'delete'] as const) {
    app.on(method.toUpperCase(), `/${method}`, async (c) => sendJson(await requestData(c, BODY_KEYS)));
  }
  const anything = async (c: Context) => sendJson(await requestData(c, [...BODY_KEYS, 'method']));
  app.on(ANYTHING_METHODS, '/anything', anything);
  // Flask's <path:...> needs at least one character: /anything/ alone is a 404 there too.
  app.on(ANYTHING_METHODS, '/anything/:rest{.+}', anything);

  app.get('/headers', async (c) => sendJson(await requestData(c, ['headers'])));
  app.get('/ip', async (c) => sendJson(await requestData(c, ['origin'])));
  app.get('/user-agent', (c) => {
    // The lookup ignores case, but show_env does not matter here: User-Agent is never hidden.
    const agent = [...requestHeaders(c, true)].find(([name]) => name.toLowerCase() === 'user-agent')?.[1];
    return sendJson({ 'user-agent': agent ?? null });
  });

  answerOtherMethods(app, {
    '/get': ['GET'],
    '/post': ['POST'],
    '/put': ['PUT'],
    '/patch': ['PATCH'],
    '/delete': ['DELETE'],
    '/anything': ANYTHING_METHODS,
    '/anything/:rest{.+}': ANYTHING_METHODS,
    '/headers': ['GET'],
    '/ip': ['GET'],
    '/user-agent': ['GET'],
  });
  return app;
}
