/**
 * `pnpm bench`: the proxy against the same local upstream, directly and through `POST /api/run`,
 * side by side in one run. Exits non-zero only when something broke; a missed goal says MISSED.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { benchBigDownload } from './big-download.ts';
import { runBench } from './children.ts';
import { machine, step } from './machine.ts';
import { rows, table } from './report.ts';
import { benchSmallResponses } from './small-responses.ts';
import { benchStreamLatency } from './stream-latency.ts';
import { startUpstream } from './upstream.ts';

/** Far above a normal run (about a minute), well under two. */
const WATCHDOG_MS = 110_000;

async function main(): Promise<void> {
  const date = new Date().toISOString();
  console.log(`HTTP Playground bench, ${date}`);
  const loadAverage = os.loadavg()[0]!.toFixed(2);
  console.log(`${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}`);
  // Other programs on the machine skew both sides; this says how busy it was when the run began.
  const busy = os.loadavg()[0]! > machine.cpus ? ' (busy: figures will be noisy)' : '';
  console.log(`load average (1 min) before the run: ${loadAverage}${busy}`);
  console.log(
    'upstream: in this process; client (undici): a process of its own; proxy: a process of its own\n',
  );
  const upstream = await startUpstream();
  try {
    const small = await step('small responses, 10 connections then 1, direct and proxy in turn', () =>
      benchSmallResponses(upstream),
    );
    const big = await step('1 GiB downloads: direct, proxy, proxy, direct', () => benchBigDownload(upstream));
    const stream = await step('streaming chunks', () => benchStreamLatency(upstream));
    const lines = rows({ small, big, stream });
    console.log(`\n${table(lines)}\n`);
    const { direct, proxy } = small.loaded;
    if (direct.errors + proxy.errors > 0) {
      console.log(`failed requests: ${direct.errors} direct, ${proxy.errors} through the proxy`);
      console.log(`first error: ${proxy.firstError ?? direct.firstError}`);
    }
    const file = new URL('../results/latest.json', import.meta.url);
    await mkdir(new URL('.', file), { recursive: true });
    await writeFile(
      file,
      `${JSON.stringify({ date, machine, loadAverage, table: lines, small, big, stream }, null, 2)}\n`,
    );
    console.log('written to bench/results/latest.json');
  } finally {
    await upstream.close();
  }
}

runBench('bench', WATCHDOG_MS, main);
