import { Hono } from 'hono';
import { byteSource, MAX_BYTES, pause, seedArg } from './dynamic-data.ts';
import { answerOtherMethods } from './methods.ts';
import { pythonJson } from './python-json.ts';
import { parsePythonFloat, parsePythonInt } from './python-numbers.ts';
import { caseInsensitiveArg, requestData } from './request-data.ts';
import { internalError, sendText } from './responses.ts';

/**
 * A body produced chunk by chunk on demand, so the client sees it arrive over time; `next` returns
 * undefined when done. Nothing more is produced once the client stops reading.
 */
function chunked(
  next: () => Promise<Uint8Array | undefined> | Uint8Array | undefined,
): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await next();
      if (cancelled) return;
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
    cancel() {
      cancelled = true;
    },
  });
}

/** Answers that stream: n JSON lines, bytes dripped over time, random bytes in chunks. */
export function streamRoutes() {
  const app = new Hono();

  app.get('/stream/:n{[0-9]+}', async (c) => {
    const n = Math.min(Number(c.req.param('n')), 100);
    const { url, args, headers, origin } = await requestData(c, ['url', 'args', 'headers', 'origin']);
    let id = 0;
    // Plain json.dumps in httpbin: keys in insertion order, headers in the order they arrived.
    const line = () =>
      new Map<string, unknown>([
        ['url', url],
        ['args', args],
        ['headers', headers],
        ['origin', origin],
        ['id', id],
      ]);
    const body = chunked(() => {
      if (id >= n) return undefined;
      const text = `${pythonJson(line(), { spaced: true, sortKeys: false })}\n`;
      id++;
      return new TextEncoder().encode(text);
    });
    return new Response(body, { headers: { 'Content-Type': 'application/json' } });
  });

  app.get('/drip', async (c) => {
    const arg = (name: string, fallback: string) => caseInsensitiveArg(c, name) ?? fallback;
    const duration = parsePythonFloat(arg('duration', '2'));
    const requested = parsePythonInt(arg('numbytes', '10'));
    const code = parsePythonInt(arg('code', '200'));
    if (duration === undefined || requested === undefined || code === undefined) return internalError();
    const total = Math.min(requested, 10 * 1024 * 1024);
    if (total <= 0) return sendText('number of bytes must be positive', 400);
    const delay = parsePythonFloat(arg('delay', '0'));
    if (delay === undefined || code < 200 || code > 599 || !(duration >= 0) || !(delay >= 0))
      return internalError();
    await pause(delay * 1000, c.req.raw.signal);

    // httpbin sends one byte per pause; ticks of at least 10 ms keep a big drip cheap and still visible.
    const ticks = Math.max(1, Math.min(total, Math.ceil(duration * 100)));
    const gap = (duration * 1000) / ticks;
    let tick = 0;
    const body = chunked(async () => {
      // Each chunk is followed by a pause, the last one too: the body ends after `duration`.
      if (tick > 0) await pause(gap, c.req.raw.signal);
      if (tick === ticks) return undefined;
      const size = Math.floor(((tick + 1) * total) / ticks) - Math.floor((tick * total) / ticks);
      tick++;
      return new Uint8Array(size).fill(0x2a);
    });
    return new Response(body, {
      status: code,
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(total) },
    });
  });

  app.get('/stream-bytes/:n{[0-9]+}', (c) => {
    const seed = seedArg(caseInsensitiveArg(c, 'seed'));
    const chunkArg = caseInsensitiveArg(c, 'chunk_size');
    const chunkSize = chunkArg === undefined ? 10 * 1024 : parsePythonInt(chunkArg);
    if (seed === null || chunkSize === undefined) return internalError();
    let left = Math.min(Number(c.req.param('n')), MAX_BYTES);
    const bytes = byteSource(seed);
    const body = chunked(() => {
      if (left === 0) return undefined;
      const size = Math.min(left, Math.max(1, chunkSize));
      left -= size;
      return bytes(size);
    });
    return new Response(body, { headers: { 'Content-Type': 'application/octet-stream' } });
  });

  answerOtherMethods(app, {
    '/stream/:n{[0-9]+}': ['GET'],
    '/drip': ['GET'],
    '/stream-bytes/:n{[0-9]+}': ['GET'],
  });
  return app;
}
