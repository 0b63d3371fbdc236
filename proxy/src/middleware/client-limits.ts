import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { ClientLimiter } from '../security/client-limiter.ts';
import { refuse } from '../security/refusal.ts';
import { whenSent } from './when-sent.ts';

/**
 * Who is asking: the socket's peer, or behind one trusted reverse proxy the address it appended
 * last to `X-Forwarded-For` (earlier entries are whatever the client chose to send).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // no socket: a test calling app.request()
  }
}

/**
 * Applies a shared playground's per-client limits to the calls that cost it something (running a
 * request, storing an upload): 429 with `Retry-After` and the limit in words when one is hit. A
 * request counts as running until its streamed answer is sent or cancelled.
 */
export function clientLimits(limiter: ClientLimiter, trustProxy: boolean): MiddlewareHandler {
  return async function clientLimitsMiddleware(c, next) {
    if (limiter.unlimited) return next();
    const admission = limiter.admit(clientAddress(c, trustProxy));
    if (!admission.ok) {
      c.header('Retry-After', String(admission.retryAfterSeconds));
      return refuse(c, 429, admission.error);
    }
    await next();
    whenSent(c, admission.release);
  };
}
