import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/**
 * Calls `done` once, when the response has been sent in full, cancelled by the client or failed. A
 * streamed `/api/run` answer is still running long after its handler returned, so counting requests
 * in flight has to follow the response, not the handler. Under Node that is the moment the response
 * is written out or its connection closes; without a socket (tests calling `app.request()`), the
 * moment its body is read to the end or cancelled.
 */
export function whenSent(c: Context, done: () => void): void {
  let called = false;
  const finish = () => {
    if (called) return;
    called = true;
    done();
  };
  const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
  if (outgoing) {
    if (outgoing.closed) finish();
    else outgoing.once('close', finish);
    return;
  }
  const body = c.res.body;
  if (!body) {
    finish();
    return;
  }
  const reader = body.getReader();
  const watched = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done: ended, value } = await reader.read();
          if (ended) {
            finish();
            controller.close();
          } else {
            controller.enqueue(value);
          }
        } catch (err) {
          finish();
          controller.error(err);
        }
      },
      async cancel(reason) {
        finish();
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  c.res = new Response(watched, c.res);
}
