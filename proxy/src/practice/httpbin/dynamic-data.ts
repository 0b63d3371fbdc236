import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Hono } from 'hono';
import { answerOtherMethods } from './methods.ts';
import { parsePythonFloat } from './python-numbers.ts';
import { PythonRandom } from './python-random.ts';
import { caseInsensitiveArg, requestData } from './request-data.ts';
import { internalError, send, sendHtml, sendJson } from './responses.ts';

/** httpbin caps generated bodies at 100 KiB. */
export const MAX_BYTES = 100 * 1024;

/**
 * The `seed` query argument as Python's int() reads it; undefined when absent, null when it is not
 * an integer (httpbin then fails with its 500 page).
 */
export function seedArg(query: string | undefined): bigint | undefined | null {
  if (query === undefined) return undefined;
  const trimmed = query.trim().replaceAll('_', '');
  if (!/^[+-]?\d+$/.test(trimmed)) return null;
  return BigInt(trimmed.replace(/^\+/, ''));
}

/** Random bytes: Python's sequence for a seed, so seeded bodies equal httpbin's; else crypto randomness. */
export function byteSource(seed: bigint | undefined): (n: number) => Uint8Array {
  // randomBytes, not getRandomValues: the latter refuses more than 65,536 bytes at once.
  if (seed === undefined) return (n) => new Uint8Array(randomBytes(n));
  const random = new PythonRandom(seed);
  return (n) => Uint8Array.from({ length: n }, () => random.randbyte());
}

/** Waits, but stops early when the client has gone away. */
export async function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return;
  await sleep(ms, undefined, { signal }).catch(() => undefined);
}

/** Generated and delayed answers: /uuid, /delay/:n, /bytes/:n, /base64/:value. */
export function dynamicDataRoutes() {
  const app = new Hono();

  app.get('/uuid', () => sendJson({ uuid: crypto.randomUUID() }));

  app.get('/delay/:seconds', async (c) => {
    const seconds = parsePythonFloat(c.req.param('seconds'));
    // Python's time.sleep() refuses negative and NaN delays: httpbin's 500 page.
    if (seconds === undefined || Number.isNaN(seconds) || seconds < 0) return internalError();
    await pause(Math.min(seconds, 10) * 1000, c.req.raw.signal);
    return sendJson(await requestData(c, ['url', 'args', 'form', 'data', 'origin', 'headers', 'files']));
  });

  app.get('/bytes/:n{[0-9]+}', (c) => {
    const seed = seedArg(caseInsensitiveArg(c, 'seed'));
    if (seed === null) return internalError();
    const n = Math.min(Number(c.req.param('n')), MAX_BYTES);
    return send(byteSource(seed)(n), 200, [['Content-Type', 'application/octet-stream']]);
  });

  app.get('/base64/:value', (c) => {
    const value = c.req.param('value');
    try {
      // Node's decoder is lenient about padding; the text must still be UTF-8 like httpbin demands.
      const bytes = Buffer.from(value, 'base64url');
      if (value.replace(/[^A-Za-z0-9+/\-_]/g, '').length % 4 === 1) throw new Error('truncated');
      return sendHtml(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      // httpbin 0.7 fails with a 500 here; later httpbin answers this hint, which helps more.
      return sendHtml('Incorrect Base64 data try: SFRUUEJJTiBpcyBhd2Vzb21l');
    }
  });

  answerOtherMethods(app, {
    '/uuid': ['GET'],
    '/delay/:seconds': ['GET'],
    '/bytes/:n{[0-9]+}': ['GET'],
    '/base64/:value': ['GET'],
  });
  return app;
}
