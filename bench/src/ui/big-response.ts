import { setTimeout as sleep } from 'node:timers/promises';
import { type Browser, errors, type Page } from '@playwright/test';
import { END_MARKER } from './big-json.ts';
import { firstScreenShown } from './first-screen.ts';
import { type JsonUpstream, wallClock } from './json-upstream.ts';
import { type LongTask, mainThreadSoFar, type SlowFrame, watchMainThread } from './page-probe.ts';

/** Long tasks count from Send until this long after the last byte (or until the view is ready, if later). */
export const SETTLE_MS = 2_000;
/** How long the Pretty view may take after the last byte before the run gives up on it. */
const READY_LIMIT_MS = 20_000;
/** A body takes about a second to send; one that has not ended by then was never asked for. */
const SEND_LIMIT_MS = 15_000;

export interface TimedTask {
  startMs: number;
  durationMs: number;
  causes: string[];
}

export interface BigResponse {
  bytes: number;
  /** From pressing Send to the upstream writing the last byte. */
  sendToLastByteMs: number;
  /** From the last byte to the formatted Pretty view scrolled to its end; null past READY_LIMIT_MS. */
  readyMs: number | null;
  /** Every task of 50 ms or more in the window, in ms after Send, with the scripts that ran longest in its frame. */
  longTasks: TimedTask[];
  longestTaskMs: number;
}

/**
 * In the page, every frame: false until the Pretty view has the formatted body, has been scrolled to
 * its end and draws the last line; then the time (wallClock) it first did. The notes "Arriving…" and "Formatting…"
 * (features/response/components/pretty-body.tsx) mean it is still showing the text as received.
 */
function prettyViewShowsEnd(marker: string): number | false {
  const region = document.querySelector('section[aria-label="Response"]');
  const pretty = region?.querySelector('[role="tablist"][aria-label="Body views"] [aria-selected="true"]');
  const view = region?.querySelector('[aria-label="Received body"]');
  if (!region || !view || pretty?.textContent !== 'Pretty') return false;
  const notes = Array.from(region.querySelectorAll('[role="status"]'), (note) => note.textContent ?? '');
  if (notes.some((note) => /^(Arriving|Formatting)/.test(note))) return false;
  view.scrollTop = view.scrollHeight;
  const atEnd = view.scrollTop > 0 && view.scrollTop + view.clientHeight >= view.scrollHeight - 1;
  return atEnd && (view.textContent ?? '').includes(marker)
    ? performance.timeOrigin + performance.now()
    : false;
}

async function openApp(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await watchMainThread(page);
  await page.goto(origin);
  await firstScreenShown(page);
  return page;
}

async function lastByteOrFail(lastByte: Promise<number>, page: Page): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(async () => {
      const shown = await page
        .getByRole('region', { name: 'Response' })
        .textContent({ timeout: 1_000 })
        .catch(() => '(could not be read)');
      const what = shown?.slice(0, 500);
      reject(new Error(`The upstream never sent the whole body. The Response region shows: ${what}`));
    }, SEND_LIMIT_MS);
  });
  try {
    return await Promise.race([lastByte, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits for the Pretty view; null if it is not there within READY_LIMIT_MS (a missed goal, not a break). */
async function prettyReadyAt(page: Page): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(prettyViewShowsEnd, END_MARKER, {
      polling: 'raf',
      timeout: READY_LIMIT_MS,
    });
    return (await handle.jsonValue()) as number;
  } catch (err) {
    if (err instanceof errors.TimeoutError) return null;
    throw err;
  }
}

function within<T extends LongTask>(tasks: T[], from: number, to: number): T[] {
  return tasks.filter((task) => task.at + task.durationMs > from && task.at < to);
}

/** The scripts that ran longest in the slow frame a task belongs to, e.g. "Worker.onmessage (index.js) 113 ms". */
function causesOf(task: LongTask, frames: SlowFrame[]): string[] {
  const frame = within(frames, task.at, task.at + task.durationMs)[0];
  return frame?.scripts.map((script) => `${script.what} ${Math.round(script.durationMs)} ms`) ?? [];
}

/**
 * One fresh page sends `GET <upstream>/json/<bytes>` through the app as a user would, and watches
 * the main thread while the body arrives, is formatted and is scrolled to its end.
 */
export async function benchBigResponse(
  browser: Browser,
  origin: string,
  upstream: JsonUpstream,
  bytes: number,
): Promise<BigResponse> {
  const page = await openApp(browser, origin);
  try {
    const path = `/json/${bytes}`;
    await page.getByRole('textbox', { name: 'URL' }).fill(`${upstream.origin}${path}`);
    const lastByte = upstream.nextLastByte(path);
    const sentAt = wallClock();
    await page.getByRole('button', { name: 'Send' }).click();
    const lastByteAt = await lastByteOrFail(lastByte, page);
    const ready = await prettyReadyAt(page);
    const windowEnd = Math.max(lastByteAt + SETTLE_MS, ready ?? 0);
    // Let the page run until the window closes, so a late task is in it too.
    await sleep(Math.max(0, windowEnd - wallClock()) + 100);
    const seen = await mainThreadSoFar(page);
    const tasks = within(seen.longTasks, sentAt, windowEnd).map((task) => ({
      startMs: task.at - sentAt,
      durationMs: task.durationMs,
      causes: causesOf(task, seen.slowFrames),
    }));
    return {
      bytes: upstream.bodyBytes(path) ?? bytes,
      sendToLastByteMs: lastByteAt - sentAt,
      readyMs: ready === null ? null : ready - lastByteAt,
      longTasks: tasks,
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.durationMs)),
    };
  } finally {
    await page.context().close();
  }
}
