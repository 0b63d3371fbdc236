import type { MiddlewareHandler } from 'hono';
import { refuse } from '../security/refusal.ts';
import { whenSent } from './when-sent.ts';

/**
 * Requests in flight, for a graceful shutdown: once draining, new requests are refused while those
 * already running finish, for at most a grace period.
 */
export class Drain {
  #running = 0;
  #draining = false;
  #onIdle: (() => void)[] = [];

  get running(): number {
    return this.#running;
  }

  get draining(): boolean {
    return this.#draining;
  }

  /** Counts one request until `done` is called. */
  enter(): () => void {
    this.#running += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.#running -= 1;
      if (this.#running === 0) for (const resolve of this.#onIdle.splice(0)) resolve();
    };
  }

  /** Stops taking requests; resolves when the running ones are done, or after `graceMs`. */
  drain(graceMs: number): Promise<'idle' | 'timeout'> {
    this.#draining = true;
    if (this.#running === 0) return Promise.resolve('idle');
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), graceMs);
      this.#onIdle.push(() => {
        clearTimeout(timer);
        resolve('idle');
      });
    });
  }
}

/** Refuses new requests while shutting down, and counts the others until their answer is sent. */
export function drainGuard(drain: Drain): MiddlewareHandler {
  return async function drainGuardMiddleware(c, next): Promise<Response | undefined> {
    if (drain.draining) {
      c.header('Connection', 'close');
      return refuse(c, 503, {
        kind: 'network',
        title: 'The playground is shutting down',
        message: 'It is finishing the requests already running and takes no new ones.',
        hint: 'Start it again (pnpm start), then send again.',
        code: 'SHUTTING_DOWN',
      });
    }
    const done = drain.enter();
    await next();
    whenSent(c, done);
    return undefined;
  };
}
