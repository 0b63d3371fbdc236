import type { Page } from '@playwright/test';

/** A main-thread task of 50 ms or more, as the page's own clock saw it (wallClock milliseconds). */
export interface LongTask {
  at: number;
  durationMs: number;
}

/** A slow frame's biggest scripts, to tell what a long task was doing. */
export interface SlowFrame extends LongTask {
  scripts: { durationMs: number; what: string }[];
}

interface Probe {
  longTasks: LongTask[];
  slowFrames: SlowFrame[];
}

/** The parts of a `long-animation-frame` entry we read; TypeScript's DOM types lack them. */
interface AnimationFrameTiming extends PerformanceEntry {
  scripts: {
    duration: number;
    invoker: string;
    sourceURL: string;
    sourceFunctionName: string;
  }[];
}

declare global {
  interface Window {
    uiBenchProbe?: Probe;
  }
}

/** Runs in the page before any of its scripts, so no long task goes unseen. */
function installProbe(): void {
  const probe: Probe = { longTasks: [], slowFrames: [] };
  window.uiBenchProbe = probe;
  const at = (entry: PerformanceEntry) => performance.timeOrigin + entry.startTime;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ at: at(entry), durationMs: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as AnimationFrameTiming[]) {
        const scripts = [...entry.scripts]
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 3)
          .map((script) => ({
            durationMs: script.duration,
            what: [
              script.invoker,
              script.sourceFunctionName && `in ${script.sourceFunctionName}`,
              script.sourceURL && `(${script.sourceURL.split('/').pop()})`,
            ]
              .filter(Boolean)
              .join(' '),
          }));
        probe.slowFrames.push({ at: at(entry), durationMs: entry.duration, scripts });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // An older Chromium without long-animation-frame: long tasks still count, causes go unnamed.
  }
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions in `__name(fn, name)`.
 * Functions sent into the page keep those calls, so the page gets a `__name` that does nothing.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

/**
 * Watches `page` (and its future navigations) for long tasks and slow frames from the first script
 * on. Functions passed to `page.evaluate()` and `waitForFunction()` after this work there too.
 */
export async function watchMainThread(page: Page): Promise<void> {
  await page.addInitScript({ content: `${KEEP_NAMES_SHIM}\n(${installProbe})();` });
}

/** What the probe saw so far. */
export async function mainThreadSoFar(page: Page): Promise<Probe> {
  const probe = await page.evaluate(() => window.uiBenchProbe);
  if (!probe) throw new Error('The long-task probe did not run in the page.');
  return probe;
}
