import { Hono } from 'hono';
import { answerOtherMethods } from './methods.ts';
import { pythonJson } from './python-json.ts';
import { parsePythonFloat, parsePythonInt } from './python-numbers.ts';
import { type HeaderList, send, sendHtml, sendText } from './responses.ts';

export const STATUS_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'TRACE'];

const TEAPOT = `
    -=[ teapot ]=-

       _...._
     .'  _ _ \`.
    | ."\` ^ \`". _,
    \\_;\`"---"\`|//
      |       ;/
      \\_     _/
        \`"""\`
`;

export const ACCEPTED_IMAGE_TYPES = ['image/webp', 'image/svg+xml', 'image/jpeg', 'image/png', 'image/*'];

/**
 * httpbin's status_code(): an empty answer with the given status, plus the extras a learner expects
 * to see for some codes (Location on redirects, a challenge on 401, the teapot on 418). Where httpbin
 * sets its own headers the Content-Type is gone, exactly as it is on httpbin.
 */
export function statusResponse(code: number, prefix: string): Response {
  const only = (headers: HeaderList, body = '') => send(body, code, headers);
  switch (code) {
    case 301:
    case 302:
    case 303:
    case 305:
    case 307:
      return only([['location', `${prefix}/redirect/1`]]);
    case 304:
      return send('', 304);
    case 401:
      return only([['WWW-Authenticate', 'Basic realm="Fake Realm"']]);
    case 402:
      // httpbin's body here is a rude joke; the playground is shown to classes, so it says the same politely.
      return only([['x-more-info', 'http://vimeo.com/22053820']], 'Payment required. Please pay me!');
    case 406: {
      const body = pythonJson(
        { message: 'Client did not request a supported media type.', accept: ACCEPTED_IMAGE_TYPES },
        { spaced: true, sortKeys: false },
      );
      return only([['Content-Type', 'application/json']], body);
    }
    case 407:
      // httpbin sets Proxy-Authenticate, but gunicorn drops it as a hop-by-hop header: none arrives.
      return only([]);
    case 418:
      return only([['x-more-info', 'http://tools.ietf.org/html/rfc2324']], TEAPOT);
    default:
      return sendHtml('', code);
  }
}

/** Picks one code from "200,500:0.2" like httpbin: weight 1 unless given, chosen in proportion. */
function chooseCode(spec: string): number | undefined {
  if (!spec.includes(',')) return parsePythonInt(spec);
  const choices: [number, number][] = [];
  for (const choice of spec.split(',')) {
    const [code, weight = '1', extra] = choice.split(':');
    const parsed = [parsePythonInt(code ?? ''), parsePythonFloat(weight)] as const;
    if (extra !== undefined || parsed[0] === undefined || parsed[1] === undefined) return undefined;
    choices.push([parsed[0], parsed[1]]);
  }
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  const x = Math.random() * total;
  let cumulative = 0;
  for (const [code, weight] of choices) {
    cumulative += weight;
    if (x < cumulative) return code;
  }
  return choices.at(-1)?.[0];
}

/** /status/:codes: answers with the status asked for, or one of several chosen at random. */
export function statusCodeRoutes(options: { prefix: string }) {
  const app = new Hono();
  app.on(STATUS_METHODS, '/status/:codes', (c) => {
    const code = chooseCode(c.req.param('codes'));
    // A Fetch Response can only carry 200-599; 1xx are not final answers and 600+ are not HTTP.
    if (code === undefined || code < 200 || code > 599) return sendText('Invalid status code', 400);
    return statusResponse(code, options.prefix);
  });
  answerOtherMethods(app, { '/status/:codes': STATUS_METHODS });
  return app;
}
