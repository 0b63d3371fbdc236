import { Pool } from 'undici';
import type { LoadJob, LoadStats, LoadTarget } from './jobs.ts';
import { percentile } from './stats.ts';

/** Whether a framed answer of the proxy ends with an `end` event for a body of `expectBytes`. */
function framesComplete(bytes: Buffer, expectBytes: number): boolean {
  let at = 0;
  let last = { kind: 0, start: 0, end: 0 };
  while (at + 5 <= bytes.length) {
    const start = at + 5;
    const end = start + bytes.readUInt32BE(at + 1);
    last = { kind: bytes[at]!, start, end };
    at = end;
  }
  if (at !== bytes.length || last.kind !== 1) return false;
  const event = JSON.parse(bytes.toString('utf8', last.start, last.end));
  return event.type === 'end' && event.sizes?.bodyBytes === expectBytes;
}

/** A target with its kept-alive connections and what has been measured on it so far. */
class Tally {
  readonly pool: Pool;
  readonly body: string | undefined;
  readonly latencies: number[] = [];
  totalRequests = 0;
  errors = 0;
  firstError: string | null = null;

  constructor(
    readonly target: LoadTarget,
    connections: number,
  ) {
    this.pool = new Pool(target.origin, { connections, pipelining: 1 });
    this.body = target.json === undefined ? undefined : JSON.stringify(target.json);
  }

  fail(message: string): void {
    this.errors += 1;
    this.firstError ??= message;
  }
}

/** One request; its latency in ms, or an error message. */
async function once(tally: Tally, expectBytes: number): Promise<number | string> {
  const { target } = tally;
  const started = performance.now();
  try {
    const res = await tally.pool.request({
      path: target.path,
      method: target.method,
      headers: target.headers,
      body: tally.body,
    });
    const bytes = Buffer.from(await res.body.arrayBuffer());
    const ok =
      res.statusCode === 200 &&
      (target.answer === 'body' ? bytes.length === expectBytes : framesComplete(bytes, expectBytes));
    return ok ? performance.now() - started : `status ${res.statusCode}: ${bytes.toString('utf8', 0, 300)}`;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * `connections` loops, each sending one request at a time on its own connection, until `ms` have
 * passed. Only requests that complete in time count when `measured`, so the figures do not
 * depend on where the slice cuts a request.
 */
async function slice(tally: Tally, job: LoadJob, ms: number, measured: boolean): Promise<void> {
  const until = performance.now() + ms;
  async function loop(): Promise<void> {
    while (performance.now() < until) {
      const outcome = await once(tally, job.expectBytes);
      if (typeof outcome === 'number') tally.totalRequests += 1;
      if (!measured || performance.now() > until) continue;
      if (typeof outcome === 'number') tally.latencies.push(outcome);
      else tally.fail(outcome);
    }
  }
  await Promise.all(Array.from({ length: job.connections }, loop));
}

function stats(tally: Tally, measuredMs: number): LoadStats {
  if (tally.latencies.length === 0) {
    throw new Error(`No request to ${tally.target.origin} succeeded. First error: ${tally.firstError}`);
  }
  const sorted = tally.latencies.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    totalRequests: tally.totalRequests,
    errors: tally.errors,
    firstError: tally.firstError,
    requestsPerSecond: sorted.length / (measuredMs / 1000),
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
  };
}

/** Runs `job` (see `LoadJob`); one `LoadStats` per target, in order. */
export async function runLoad(job: LoadJob): Promise<LoadStats[]> {
  const tallies = job.targets.map((target) => new Tally(target, job.connections));
  try {
    for (const tally of tallies) await slice(tally, job, job.warmupMs, false);
    for (let round = 0; round < job.rounds; round += 1) {
      // ABBA order: neither target always goes first.
      for (const tally of round % 2 === 0 ? tallies : [...tallies].reverse()) {
        await slice(tally, job, job.sliceMs, true);
      }
    }
  } finally {
    await Promise.all(tallies.map((tally) => tally.pool.close()));
  }
  return tallies.map((tally) => stats(tally, job.sliceMs * job.rounds));
}
