import type { ProxyError } from '@playground/shared';

const HOUR_MS = 60 * 60_000;

export type PublishAdmission =
  | { ok: true; refund: () => void }
  | { ok: false; error: ProxyError; retryAfterSeconds: number };

/**
 * How many snapshots each client may publish in any hour (a sliding window). Publishing writes to
 * disk for months, so it has a limit of its own, far below that of running requests. A publish
 * counts from the moment it is admitted, so that many at once cannot all slip under the limit; one
 * the store then fails to keep is refunded.
 *
 * @example
 * const limiter = new PublishLimiter(20);
 * const admission = limiter.admit(client);
 * if (admission.ok) try { await store.put(...) } catch (err) { admission.refund(); throw err }
 */
export class PublishLimiter {
  readonly #clients = new Map<string, number[]>();
  #lastSweep = 0;

  constructor(
    private readonly perHour: number,
    private readonly now: () => number = Date.now,
  ) {}

  admit(client: string): PublishAdmission {
    if (!Number.isFinite(this.perHour)) return { ok: true, refund: () => {} };
    const now = this.now();
    this.#sweep(now);
    const recent = this.#recent(client, now);
    if (recent.length < this.perHour) {
      recent.push(now);
      this.#clients.set(client, recent);
      return { ok: true, refund: () => this.#refund(client, now) };
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((recent[0]! + HOUR_MS - now) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    return {
      ok: false,
      retryAfterSeconds,
      error: {
        kind: 'rate-limited',
        title: 'Too many snapshots published',
        message: `This playground publishes at most ${this.perHour} snapshots an hour from each computer, and yours has published that many.`,
        hint: `Wait ${minutes} min, then publish again. Meanwhile, a share link or an exported file can carry the collection.`,
        code: 'SHARES_PER_HOUR',
      },
    };
  }

  #refund(client: string, at: number): void {
    const times = this.#clients.get(client);
    const index = times?.indexOf(at) ?? -1;
    if (index !== -1) times!.splice(index, 1);
  }

  #recent(client: string, now: number): number[] {
    return (this.#clients.get(client) ?? []).filter((at) => at > now - HOUR_MS);
  }

  /** Forgets clients with nothing published in the last hour, so the map does not grow forever. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < HOUR_MS) return;
    this.#lastSweep = now;
    for (const [client, times] of this.#clients) {
      if ((times.at(-1) ?? 0) <= now - HOUR_MS) this.#clients.delete(client);
    }
  }
}
