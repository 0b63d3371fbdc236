import { describe, expect, it } from 'vitest';
import { ClientLimiter } from './client-limiter.ts';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('ClientLimiter', () => {
  it('admits at most N requests in any 60 seconds, and says when to try again', () => {
    const time = clock();
    const limiter = new ClientLimiter({ perMinute: 3, concurrent: 100 }, time.now);
    for (let i = 0; i < 3; i += 1) {
      const admission = limiter.admit('a');
      expect(admission.ok).toBe(true);
      if (admission.ok) admission.release();
      time.advance(10_000);
    }
    const refused = limiter.admit('a');
    expect(refused).toMatchObject({
      ok: false,
      retryAfterSeconds: 30,
      error: { code: 'REQUESTS_PER_MINUTE' },
    });
    expect(limiter.admit('b').ok).toBe(true);
    time.advance(30_000);
    expect(limiter.admit('a').ok).toBe(true);
  });

  it('admits at most N running requests, counting each until it is released once', () => {
    const limiter = new ClientLimiter({ perMinute: 100, concurrent: 2 });
    const first = limiter.admit('a');
    const second = limiter.admit('a');
    expect(limiter.admit('a')).toMatchObject({ ok: false, error: { code: 'CONCURRENT_REQUESTS' } });
    if (!first.ok || !second.ok) throw new Error('expected admissions');
    first.release();
    first.release();
    const third = limiter.admit('a');
    expect(third.ok).toBe(true);
    expect(limiter.admit('a').ok).toBe(false);
  });

  it('forgets clients that have been idle for a minute', () => {
    const time = clock();
    const limiter = new ClientLimiter({ perMinute: 10, concurrent: 10 }, time.now);
    for (let i = 0; i < 50; i += 1) {
      const admission = limiter.admit(`client-${i}`);
      if (admission.ok) admission.release();
    }
    time.advance(61_000);
    limiter.admit('late');
    expect(limiter.size).toBe(1);
  });

  it('is a no-op with no limits set (local mode)', () => {
    expect(
      new ClientLimiter({ perMinute: Number.POSITIVE_INFINITY, concurrent: Number.POSITIVE_INFINITY })
        .unlimited,
    ).toBe(true);
  });
});
