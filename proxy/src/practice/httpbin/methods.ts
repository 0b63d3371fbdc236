import type { Env, Hono } from 'hono';
import { methodNotAllowed, sendHtml } from './responses.ts';

/**
 * Answers the methods a path does not handle the way Flask does: OPTIONS gets 200 with the Allow
 * list, anything else 405 with the same list. Call it after the path's own handlers are
 * registered, so they match first. HEAD is allowed wherever GET is (Hono serves HEAD from GET).
 *
 * @example
 * app.post('/post', handler);
 * answerOtherMethods(app, { '/post': ['POST'] });
 */
export function answerOtherMethods<E extends Env>(app: Hono<E>, paths: Record<string, string[]>): void {
  for (const [path, methods] of Object.entries(paths)) {
    const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
    app.all(path, (c) =>
      c.req.method === 'OPTIONS' ? sendHtml('', 200, [['Allow', allow]]) : methodNotAllowed(allow),
    );
  }
}
