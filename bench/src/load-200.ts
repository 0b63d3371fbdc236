/**
 * 200 clients at once for 60 s through the proxy (local mode, as `pnpm start` runs it), against a
 * local upstream: no request may fail, and afterwards the proxy's open file descriptors and memory
 * must come back to where they were. The baseline is taken after a short warm-up at full load, so V8
 * has grown its heap to its working size: what is measured is whether the long run leaks, not
 * whether the heap, once grown, is handed back to the system. Only loopback is used, and the run
 * stops by itself.
 *
 *   pnpm --filter @playground/bench exec tsx src/load-200.ts
 *   LOAD_CLIENTS=200 LOAD_SECONDS=60 (the defaults) change the size of the run.
 *
 * Exits non-zero when a request failed or a resource did not come back.
 */
import { readdirSync } from 'node:fs';
import { FrameDecoder } from '@playground/shared';
import { Agent } from 'undici';
import { killAll } from './children.ts';
import { rssOf } from './proc.ts';
import { type ProxyProcess, runOnce, startProxy } from './proxy-process.ts';
import { startUpstream } from './upstream.ts';

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
/** What "back to baseline" allows: a few descriptors in flux, and V8 keeping some heap it grew. */
const FD_SLACK = 5;
const RSS_SLACK_BYTES = 64 * 1024 ** 2;
const SETTLE_MS = 15_000;
const WARM_UP_SECONDS = Math.min(10, Math.max(1, Math.round(SECONDS / 6)));

interface Tally {
  ok: number;
  failed: number;
  failures: Map<string, number>;
  latencies: number[];
}

function openFds(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/** One run through the proxy, read to the end; the reason it failed, or null. */
async function once(proxy: ProxyProcess, dispatcher: Agent, url: string): Promise<string | null> {
  try {
    const res = await fetch(`${proxy.origin}/api/run`, {
      method: 'POST',
      headers: proxy.apiHeaders,
      body: JSON.stringify({ method: 'GET', url }),
      // @ts-expect-error undici's own fetch option, absent from the DOM RequestInit type
      dispatcher,
    });
    if (!res.ok) return `HTTP ${res.status}`;
    const decoder = new FrameDecoder();
    let last = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      for (const frame of decoder.push(chunk)) {
        if (frame.kind === 'event') {
          last = frame.event.type;
          if (frame.event.type === 'error') return `error event: ${frame.event.error.kind}`;
        }
      }
    }
    decoder.finish();
    return last === 'end' ? null : `ended after "${last}"`;
  } catch (err) {
    return `client: ${(err as Error).message}`;
  }
}

/** One client: requests back to back until the deadline, mostly small, every tenth a 2 s drip. */
async function client(
  id: number,
  proxy: ProxyProcess,
  dispatcher: Agent,
  upstream: string,
  until: number,
  tally: Tally,
) {
  for (let n = 0; performance.now() < until; n += 1) {
    const url = n % 10 === 9 ? `${upstream}/drip?run=load-${id}` : `${upstream}/small`;
    const started = performance.now();
    const failure = await once(proxy, dispatcher, url);
    if (failure === null) {
      tally.ok += 1;
      if (!url.includes('drip')) tally.latencies.push(performance.now() - started);
    } else {
      tally.failed += 1;
      tally.failures.set(failure, (tally.failures.get(failure) ?? 0) + 1);
    }
  }
}

async function settle(pid: number, fdBaseline: number): Promise<number> {
  const deadline = performance.now() + SETTLE_MS;
  let fds = openFds(pid);
  while (fds > fdBaseline + FD_SLACK && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    fds = openFds(pid);
  }
  return fds;
}

async function main(): Promise<number> {
  const upstream = await startUpstream();
  const proxy = await startProxy();
  const dispatcher = new Agent({ connections: CLIENTS, keepAliveTimeout: 1_000 });
  try {
    for (let i = 0; i < 20; i += 1) await runOnce(proxy, `${upstream.origin}/small`);
    const fdIdle = openFds(proxy.pid);
    const warmUp: Tally = { ok: 0, failed: 0, failures: new Map(), latencies: [] };
    const warmUntil = performance.now() + WARM_UP_SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CLIENTS }, (_, id) =>
        client(id, proxy, dispatcher, upstream.origin, warmUntil, warmUp),
      ),
    );
    await settle(proxy.pid, fdIdle);
    const fdBefore = openFds(proxy.pid);
    const rssBefore = rssOf(proxy.pid);
    console.log(`${CLIENTS} clients for ${SECONDS} s through ${proxy.origin} (proxy pid ${proxy.pid})`);
    console.log(
      `before (after a ${WARM_UP_SECONDS} s warm-up): ${fdBefore} open fds, ${(rssBefore / 1024 ** 2).toFixed(0)} MiB resident`,
    );

    const tally: Tally = { ok: 0, failed: 0, failures: new Map(), latencies: [] };
    let peakFds = fdBefore;
    const sampler = setInterval(() => {
      peakFds = Math.max(peakFds, openFds(proxy.pid));
    }, 500);
    const until = performance.now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CLIENTS }, (_, id) =>
        client(id, proxy, dispatcher, upstream.origin, until, tally),
      ),
    );
    clearInterval(sampler);
    await dispatcher.close();

    const fdAfter = await settle(proxy.pid, fdBefore);
    const rssAfter = rssOf(proxy.pid);
    const sorted = tally.latencies.sort((a, b) => a - b);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1);
    console.log(`requests: ${tally.ok} ok, ${tally.failed} failed (${(tally.ok / SECONDS).toFixed(0)}/s)`);
    console.log(`small request latency: p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`);
    for (const [reason, count] of tally.failures) console.log(`  ${count} x ${reason}`);
    console.log(`during: up to ${peakFds} open fds`);
    console.log(`after: ${fdAfter} open fds, ${(rssAfter / 1024 ** 2).toFixed(0)} MiB resident`);

    const problems: string[] = [];
    if (tally.failed > 0) problems.push(`${tally.failed} requests failed`);
    if (tally.ok === 0) problems.push('no request succeeded');
    if (fdAfter > fdBefore + FD_SLACK)
      problems.push(`open fds did not come back (${fdBefore} -> ${fdAfter})`);
    if (rssAfter > rssBefore + RSS_SLACK_BYTES) {
      problems.push(
        `memory did not come back (${(rssBefore / 1024 ** 2).toFixed(0)} -> ${(rssAfter / 1024 ** 2).toFixed(0)} MiB)`,
      );
    }
    console.log(problems.length === 0 ? 'PASS' : `FAIL: ${problems.join('; ')}`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    await proxy.stop();
    await upstream.close();
  }
}

// Far beyond a normal run, so an interrupted one still stops by itself.
const watchdog = setTimeout(
  () => {
    console.error('load-200: watchdog fired, stopping');
    killAll();
    process.exit(2);
  },
  (SECONDS + 90) * 1000,
);
watchdog.unref();

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    killAll();
    process.exit(1);
  },
);
