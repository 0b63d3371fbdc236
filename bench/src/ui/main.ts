/**
 * `pnpm bench:ui`: the built app, served by the real proxy, in headless Chromium. It weighs the
 * JavaScript the first screen waits for, then sends a 1 MiB and a 10 MiB JSON response through the
 * app and watches the main thread. Exits non-zero only when something broke; a missed goal says MISSED.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { runBench } from '../children.ts';
import { machine, step } from '../machine.ts';
import { startProxy } from '../proxy-process.ts';
import { benchBigResponse } from './big-response.ts';
import { launchBrowser } from './browser.ts';
import { buildWeb } from './build-web.ts';
import { measureFirstScreen } from './first-screen.ts';
import { startJsonUpstream } from './json-upstream.ts';
import { GOAL_BYTES, longTaskNotes, rows, table, WINDOW_NOTE } from './report.ts';

/** A normal run takes about 20 seconds, 7 of them building web/. */
const WATCHDOG_MS = 110_000;
const BODY_SIZES = [1024 ** 2, GOAL_BYTES];

async function main(): Promise<void> {
  const date = new Date().toISOString();
  console.log(`HTTP Playground UI bench, ${date}`);
  const loadAverage = os.loadavg()[0]!.toFixed(2);
  console.log(`${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}`);
  const busy = os.loadavg()[0]! > machine.cpus ? ' (busy: figures will be noisy)' : '';
  console.log(`load average (1 min) before the run: ${loadAverage}${busy}`);
  await step('building web/', buildWeb);
  const upstream = await step('generating the JSON bodies', () => startJsonUpstream(BODY_SIZES));
  try {
    const proxy = await step('starting the proxy', startProxy);
    try {
      const browser = await step('starting Chromium', launchBrowser);
      try {
        const chromium = browser.version();
        console.log(`Chromium ${chromium}, headless; ${WINDOW_NOTE}\n`);
        const firstScreen = await step('first screen, cold', () => measureFirstScreen(browser, proxy.origin));
        const responses = [];
        for (const bytes of BODY_SIZES) {
          const label = `${Math.round(bytes / 1024 ** 2)} MiB JSON response, streamed over 1 s`;
          responses.push(await step(label, () => benchBigResponse(browser, proxy.origin, upstream, bytes)));
        }
        const lines = rows({ firstScreen, responses });
        console.log(`\n${table(lines)}\n`);
        for (const note of longTaskNotes(responses)) console.log(note);
        if (firstScreen.later.length > 0) {
          const later = firstScreen.later.map((script) => script.file).join(', ');
          console.log(`loaded after the first screen without being asked: ${later}`);
        }
        const file = new URL('../../results/ui-latest.json', import.meta.url);
        await mkdir(new URL('.', file), { recursive: true });
        const results = { date, machine, chromium, loadAverage, table: lines, firstScreen, responses };
        await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
        console.log('written to bench/results/ui-latest.json');
      } finally {
        await browser.close();
      }
    } finally {
      await proxy.stop();
    }
  } finally {
    await upstream.close();
  }
}

// Chromium is Playwright's child: Playwright kills it when this process exits, whatever the reason.
runBench('UI bench', WATCHDOG_MS, main);
