import { type Context, Hono } from 'hono';
import { answerOtherMethods } from './methods.ts';
import { pythonJson } from './python-json.ts';
import { queryPairs, requestData } from './request-data.ts';
import { type HeaderList, send, sendJson } from './responses.ts';
import { statusResponse } from './status-codes.ts';

/** httpbin's parse_multi_value_header(): entity tags from If-None-Match / If-Match, quotes and W/ removed. */
export function entityTags(header: string | undefined): string[] {
  if (!header) return [];
  return header.split(',').map((part) => /\s*(W\/)?"?([^"]*)"?\s*/.exec(part)?.[2] ?? '');
}

const getView = async (c: Context) => requestData(c, ['url', 'args', 'headers', 'origin']);

/**
 * /response-headers echoes the query as response headers and lists all headers in the body,
 * Content-Length included, which depends on the body itself: httpbin loops until it is stable.
 */
function responseHeaders(pairs: [string, string][]): Response {
  const listed: HeaderList = [['Content-Type', 'application/json'], ['Content-Length', '0'], ...pairs];
  let body = '';
  for (;;) {
    const names = [...new Set(listed.map(([name]) => name))];
    const shown = names.map((name): [string, string | string[]] => {
      const values = listed.filter(([other]) => other.toLowerCase() === name.toLowerCase()).map(([, v]) => v);
      return [name, values.length === 1 ? values[0]! : values];
    });
    const next = `${pythonJson(new Map(shown))}\n`;
    if (next === body) break;
    body = next;
    listed[1] = ['Content-Length', String(new TextEncoder().encode(body).byteLength)];
  }
  const response = send(body, 200, [['Content-Type', 'application/json']]);
  for (const [name, value] of pairs) {
    // Framing headers from the query would corrupt the answer; a name Fetch rejects is skipped.
    if (/^(content-length|transfer-encoding|connection)$/i.test(name)) continue;
    try {
      response.headers.append(name, value);
    } catch {
      // Not a valid header name or value.
    }
  }
  return response;
}

/** Caching and conditional requests, and response headers chosen by the query. */
export function responseInspectionRoutes(options: { prefix: string }) {
  const app = new Hono();

  app.get('/cache', async (c) => {
    if (c.req.header('if-modified-since') || c.req.header('if-none-match'))
      return statusResponse(304, options.prefix);
    // A fresh validator on every call, like httpbin: the point is that the client sends it back.
    return sendJson(await getView(c), 200, [
      ['Last-Modified', new Date().toUTCString()],
      ['ETag', crypto.randomUUID().replaceAll('-', '')],
    ]);
  });
  app.get('/cache/:seconds{[0-9]+}', async (c) =>
    sendJson(await getView(c), 200, [['Cache-Control', `public, max-age=${Number(c.req.param('seconds'))}`]]),
  );

  app.get('/etag/:etag', async (c) => {
    const etag = c.req.param('etag');
    const ifNoneMatch = entityTags(c.req.header('if-none-match'));
    const ifMatch = entityTags(c.req.header('if-match'));
    if (ifNoneMatch.length > 0) {
      if (ifNoneMatch.includes(etag) || ifNoneMatch.includes('*')) {
        const response = statusResponse(304, options.prefix);
        response.headers.set('ETag', etag);
        return response;
      }
    } else if (ifMatch.length > 0 && !ifMatch.includes(etag) && !ifMatch.includes('*')) {
      return statusResponse(412, options.prefix);
    }
    return sendJson(await getView(c), 200, [['ETag', etag]]);
  });

  app.on(['GET', 'POST'], '/response-headers', (c) => responseHeaders(queryPairs(c)));

  answerOtherMethods(app, {
    '/cache': ['GET'],
    '/cache/:seconds{[0-9]+}': ['GET'],
    '/etag/:etag': ['GET'],
    '/response-headers': ['GET', 'POST'],
  });
  return app;
}
