import { runInClient } from './client-process.ts';
import type { LoadJob, LoadStats, LoadTarget } from './jobs.ts';
import { cpuMsOf } from './proc.ts';
import { startProxy } from './proxy-process.ts';
import { SMALL_BODY, type Upstream } from './upstream.ts';

/** The load the goals are set for: 6 s measured on each side, in 2 s slices. */
const LOADED = { connections: 10, warmupMs: 1_000, sliceMs: 2_000, rounds: 3 } as const;
/** One request at a time: the latency of the work itself, with no queueing behind other requests. */
const ONE_AT_A_TIME = { connections: 1, warmupMs: 500, sliceMs: 1_000, rounds: 2 } as const;

export interface SideBySide {
  direct: LoadStats;
  proxy: LoadStats;
}

export interface SmallResponses {
  loaded: SideBySide;
  oneAtATime: SideBySide;
  /** The proxy's CPU time per request under load, and how busy that kept it (1 = a whole core). */
  proxyCpu: { msPerRequest: number; coresBusy: number };
}

async function sideBySide(
  targets: LoadTarget[],
  load: typeof LOADED | typeof ONE_AT_A_TIME,
): Promise<SideBySide> {
  const job: LoadJob = { kind: 'load', targets, ...load, expectBytes: SMALL_BODY.length };
  const [direct, proxy] = await runInClient(job);
  return { direct: direct!, proxy: proxy! };
}

/**
 * The same ~100-byte JSON under the same load, directly and through `POST /api/run`, in
 * alternating slices.
 */
export async function benchSmallResponses(upstream: Upstream): Promise<SmallResponses> {
  const proxy = await startProxy();
  try {
    const targets: LoadTarget[] = [
      { origin: upstream.origin, method: 'GET', path: '/small', answer: 'body' },
      {
        origin: proxy.origin,
        method: 'POST',
        path: '/api/run',
        json: { method: 'GET', url: `${upstream.origin}/small` },
        headers: proxy.apiHeaders,
        answer: 'frames',
      },
    ];
    // The proxy idles while the direct slices run, so all its CPU time is the proxied requests'.
    const cpuBefore = cpuMsOf(proxy.pid);
    const loaded = await sideBySide(targets, LOADED);
    const cpuMs = cpuMsOf(proxy.pid) - cpuBefore;
    const oneAtATime = await sideBySide(targets, ONE_AT_A_TIME);
    return {
      loaded,
      oneAtATime,
      proxyCpu: {
        msPerRequest: cpuMs / loaded.proxy.totalRequests,
        coresBusy: cpuMs / (LOADED.warmupMs + LOADED.rounds * LOADED.sliceMs),
      },
    };
  } finally {
    await proxy.stop();
  }
}
