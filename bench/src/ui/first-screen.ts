import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from '@playwright/test';

/** One script the page loaded, with the size it would travel at if the server gzipped it. */
export interface ScriptFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Monaco's own chunks load on demand and do not count towards the first-screen budget. */
  monaco: boolean;
}

export interface FirstScreen {
  /** From navigation to the request line (textbox "URL", button "Send") being visible. */
  shownMs: number;
  /** Every script requested before the first screen showed, biggest first. */
  scripts: ScriptFile[];
  /** The sum over `scripts`, Monaco excluded: what the goal is about. */
  gzipBytes: number;
  /** Scripts the page went on to load by itself within a few seconds of the first screen. */
  later: ScriptFile[];
}

/** Chunk names Vite gives Monaco's entry points and workers; their language chunks import them. */
const MONACO_NAME = /monaco|editor\.(api|main|worker)|\.worker-/;
const MONACO_IMPORT = /from\s*["'][^"']*(monaco|editor\.(api|main))[^"']*["']/;

async function describe(request: Request): Promise<ScriptFile> {
  const response = await request.response();
  if (!response) throw new Error(`No response for the script ${request.url()}.`);
  const body = await response.body();
  const file = new URL(request.url()).pathname.split('/').pop() ?? request.url();
  return {
    file,
    bytes: body.length,
    gzipBytes: gzipSync(body).length,
    monaco: MONACO_NAME.test(file) || MONACO_IMPORT.test(body.toString('utf8', 0, 4_000)),
  };
}

/** Resolves when the first screen a user needs, the request line, is visible. */
export async function firstScreenShown(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'URL' }).waitFor({ state: 'visible' });
  await page.getByRole('button', { name: 'Send' }).waitFor({ state: 'visible' });
}

const bySize = (a: ScriptFile, b: ScriptFile) => b.gzipBytes - a.gzipBytes;

/** Loads the app cold (new context, empty cache) and weighs the JavaScript the first screen waited for. */
export async function measureFirstScreen(browser: Browser, origin: string): Promise<FirstScreen> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const requested: Request[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') requested.push(request);
    });
    const started = performance.now();
    await page.goto(origin);
    await firstScreenShown(page);
    const shownMs = performance.now() - started;
    const before = requested.length;
    // Whatever the page fetches on its own afterwards (a prefetch, say) is listed apart.
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
    const scripts = await Promise.all(requested.slice(0, before).map(describe));
    const later = await Promise.all(requested.slice(before).map(describe));
    const gzipBytes = scripts.filter((s) => !s.monaco).reduce((sum, s) => sum + s.gzipBytes, 0);
    return { shownMs, scripts: scripts.sort(bySize), gzipBytes, later: later.sort(bySize) };
  } finally {
    await context.close();
  }
}
