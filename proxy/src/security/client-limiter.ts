import type { ProxyError } from '@playground/shared';

const MINUTE_MS = 60_000;

interface ClientState {
  /** When each request of the last minute was admitted, oldest first. */
  admitted: number[];
  running: number;
}

export type Admission =
  | { ok: true; release: () => void }
  | { ok: false; error: ProxyError; retryAfterSeconds: number };

/**
 * Per-client limits of a shared playground: requests in any 60 seconds (a sliding window), and
 * requests running at once. Clients are told which limit they hit and when to try again.
 *
 * @example
 * const limiter = new ClientLimiter({ perMinute: 60, concurrent: 4 });
 * const admission = limiter.admit('203.0.113.7');
 * if (admission.ok) try { ... } finally { admission.release(); }
 */
export class ClientLimiter {
  readonly #clients = new Map<string, ClientState>();
  #lastSweep = 0;

  constructor(
    private readonly limits: { perMinute: number; concurrent: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** No limit is set, so there is nothing to count. */
  get unlimited(): boolean {
    return !Number.isFinite(this.limits.perMinute) && !Number.isFinite(this.limits.concurrent);
  }

  admit(client: string): Admission {
    const now = this.now();
    this.#sweep(now);
    const state = this.#clients.get(client) ?? { admitted: [], running: 0 };
    this.#clients.set(client, state);
    while (state.admitted.length > 0 && state.admitted[0]! <= now - MINUTE_MS) state.admitted.shift();

    const { perMinute, concurrent } = this.limits;
    if (state.admitted.length >= perMinute) {
      const retryAfterSeconds = Math.max(1, Math.ceil((state.admitted[0]! + MINUTE_MS - now) / 1000));
      return {
        ok: false,
        retryAfterSeconds,
        error: {
          kind: 'rate-limited',
          title: 'Too many requests',
          message: `This playground takes at most ${perMinute} requests a minute from each computer, and yours has sent that many.`,
          hint: `Wait ${retryAfterSeconds} s, then send again.`,
          code: 'REQUESTS_PER_MINUTE',
        },
      };
    }
    if (state.running >= concurrent) {
      return {
        ok: false,
        retryAfterSeconds: 1,
        error: {
          kind: 'rate-limited',
          title: 'Too many requests at once',
          message: `This playground runs at most ${concurrent} requests at a time for each computer, and ${state.running} of yours are still running.`,
          hint: 'Wait for one to finish, or cancel it, then send again.',
          code: 'CONCURRENT_REQUESTS',
        },
      };
    }
    state.admitted.push(now);
    state.running += 1;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        state.running -= 1;
      },
    };
  }

  /** Clients counted right now (for tests: state is dropped once a client is idle for a minute). */
  get size(): number {
    return this.#clients.size;
  }

  #sweep(now: number): void {
    if (now - this.#lastSweep < MINUTE_MS) return;
    this.#lastSweep = now;
    for (const [client, state] of this.#clients) {
      const last = state.admitted.at(-1) ?? 0;
      if (state.running === 0 && last <= now - MINUTE_MS) this.#clients.delete(client);
    }
  }
}
