import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, expect, type FrameLocator, type Page } from '@playwright/test';

// A 3 × 2 px PNG: the beacon each payload page loads after its payload, so a test can wait for it.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAFUlEQVR4nGP4z8Dwn4GBgYGBgQEAFfYC/hJ1sJUAAAAASUVORK5CYII=',
  'base64',
);

/** The app under test, which the payloads try to reach (set by the `app` fixture from `baseURL`). */
let appOrigin = '';

/**
 * Hostile pages, each ending with a beacon image: by the time the beacon is requested, the browser has
 * parsed (and, were it allowed, run) everything before it. Relative URLs resolve against the injected
 * `<base>`, so whatever escapes lands on this server's `/stolen` or `/submitted`.
 */
const payloads: Record<string, () => string> = {
  script: () => `<!doctype html><title>Script payload</title>
    <script>
      parent.postMessage('pwned: parent', '*');
      top.postMessage('pwned: top', '*');
      alert('pwned');
      fetch('/stolen?fetch');
      new Image().src = '/stolen?image';
      window.open('/stolen?open');
      top.location = '/stolen?top-location';
    </script>
    <script src="/stolen?script-src"></script>
    <h1>Script payload</h1>
    <img src="/beacon/script" alt="beacon">`,

  onerror: () => `<!doctype html><title>Event handler payload</title>
    <body onload="parent.postMessage('pwned: onload', '*')">
    <h1>Event handler payload</h1>
    <img src="/missing.png" alt="broken"
      onerror="parent.postMessage('pwned: onerror', '*'); alert('pwned'); new Image().src = '/stolen?onerror'">
    <svg><image href="/missing.png" onerror="parent.postMessage('pwned: svg', '*')"/></svg>
    <a href="javascript:parent.postMessage('pwned: javascript-url', '*')">Run a javascript: link</a>
    <img src="/beacon/onerror" alt="beacon">`,

  form: () => `<!doctype html><title>Form payload</title>
    <h1>Form payload</h1>
    <form action="/submitted" method="post">
      <input name="secret" value="s3cret"><button>Post the form</button>
    </form>
    <form action="/submitted" target="_top"><input type="hidden" name="to" value="top"><button>Submit to the top</button></form>
    <form action="/submitted" target="_blank"><input type="hidden" name="to" value="blank"><button>Submit to a new window</button></form>
    <form action="${appOrigin}/api/run" method="post" enctype="text/plain">
      <input type="hidden" name='{"url":"http://127.0.0.1/","x":"' value='"}'><button>Post to the app</button>
    </form>
    <img src="/beacon/form" alt="beacon">`,

  refresh: () => `<!doctype html><title>Refresh payload</title>
    <meta http-equiv="refresh" content="0; url=/stolen?refresh">
    <h1>Refresh payload</h1>
    <img src="/beacon/refresh" alt="beacon">`,

  top: () => `<!doctype html><title>Top payload</title>
    <h1>Top payload</h1>
    <a href="/stolen?top" target="_top">Open at the top</a>
    <a href="/stolen?parent" target="_parent">Open in the parent</a>
    <a href="${appOrigin}/?navigated" target="_top">Move the app</a>
    <a href="/stolen?blank" target="_blank">Open in a new window</a>
    <img src="/beacon/top" alt="beacon">`,

  'base-target': () => `<!doctype html><title>Base target payload</title>
    <base target="_top">
    <h1>Base target payload</h1>
    <a href="/stolen?base-target">Follow a plain link</a>
    <img src="/beacon/base-target" alt="beacon">`,
};

/** Every path (with query) the loopback target was asked for, so tests can wait on it and check it. */
const hits: string[] = [];
/** Any `Referer` sent with those requests: the preview's `no-referrer` should leave none. */
const referrers: string[] = [];

const target = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  hits.push(url.pathname + url.search);
  if (req.headers.referer) referrers.push(req.headers.referer);
  const payload = url.pathname.startsWith('/payload/') ? payloads[url.pathname.slice(9)] : undefined;
  if (payload) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(payload());
  } else if (url.pathname.startsWith('/beacon/') || url.pathname.endsWith('/dot.png')) {
    res.writeHead(200, { 'Content-Type': 'image/png' });
    res.end(PNG);
  } else if (url.pathname.startsWith('/page/')) {
    // Served at a path full of `">` and `<script>`: its own `<base>` tries to send relative URLs to the app.
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>Odd address</title><base href="${appOrigin}/api/">` +
        '<h1>A page at an odd address</h1><img src="dot.png" alt="relative">',
    );
  } else if (url.pathname === '/still-working') {
    res.writeHead(202, { 'Content-Type': 'text/plain' });
    res.end('still working');
  } else {
    // `/missing.png`, and `/stolen` or `/submitted` should anything get out.
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not here');
  }
});

let server = '';

const leaks = () => hits.filter((hit) => /^\/(stolen|submitted)/.test(hit));

interface App {
  /** Sends a GET to `url` through the app and opens the body's Preview. */
  preview(url: string): Promise<FrameLocator>;
  /** The browser's own console lines (its reports of what the sandbox blocked). */
  console: string[];
  /** Asserts that nothing left the preview: no message, dialog, popup, navigation, referrer or request out. */
  expectContained(): Promise<void>;
}

/** The app's window as these specs touch it (the e2e project has no DOM types). */
type AppWindow = {
  previewMessages: string[];
  postMessage(data: string, targetOrigin: string): void;
  addEventListener(
    type: 'message',
    listener: (event: { data: unknown; origin: string; source: unknown }) => void,
  ): void;
};

/**
 * The app, opened and watched: every message posted to its window, every dialog, popup and top-level
 * navigation, and every request made from a frame other than the app's own page.
 */
const test = base.extend<{ app: App }>({
  app: async ({ page, context, baseURL }, use) => {
    appOrigin = new URL(baseURL!).origin;
    await page.goto('/');
    const appUrl = page.url();
    await page.evaluate(() => {
      const app = globalThis as unknown as AppWindow;
      app.previewMessages = [];
      app.addEventListener('message', (event) => {
        // Monaco schedules its own work by posting `{ vscodeScheduleAsyncWork }` objects to this
        // window; what the window posts itself counts only as the test's string control message.
        if (event.source === app && typeof event.data !== 'string') return;
        const from = event.source === app ? 'app' : event.origin;
        app.previewMessages.push(`${from}: ${JSON.stringify(event.data)}`);
      });
    });
    const dialogs: string[] = [];
    const popups: string[] = [];
    const navigations: string[] = [];
    const frameRequests: string[] = [];
    const consoleLines: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    context.on('page', (popup) => popups.push(popup.url()));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    page.on('request', (request) => {
      if (request.frame() !== page.mainFrame()) frameRequests.push(request.url());
    });
    page.on('console', (line) => consoleLines.push(line.text()));
    const response = page.getByRole('region', { name: 'Response' });

    const send = async (url: string) => {
      await page.getByRole('textbox', { name: 'URL' }).fill(url);
      await page.getByRole('button', { name: 'Send' }).click();
    };

    await use({
      console: consoleLines,
      async preview(url) {
        await send(url);
        await expect(response.getByLabel('Status')).toHaveText(/^200 OK/);
        await response.getByRole('tab', { name: 'Preview' }).click();
        return page.getByTitle('Preview of the HTML page').contentFrame();
      },
      async expectContained() {
        // A message the app posts to itself, after the payload: once it has arrived, one from the
        // preview (sent earlier) would have too.
        await page.evaluate(() => (globalThis as unknown as AppWindow).postMessage('control', '*'));
        await expect.poll(() => messages(page)).toContain('app: "control"');
        expect(await messages(page)).toEqual(['app: "control"']);

        // The app still works, and a request sent after the payload has made the round trip.
        await send(`${server}/still-working`);
        await expect(response.getByLabel('Status')).toHaveText(/^202 Accepted/);

        expect(leaks()).toEqual([]);
        expect(referrers).toEqual([]);
        expect(dialogs).toEqual([]);
        expect(popups).toEqual([]);
        expect(navigations).toEqual([]);
        expect(page.url()).toBe(appUrl);
        expect(frameRequests.filter((url) => new URL(url).origin !== server)).toEqual([]);
      },
    });
  },
});

test.beforeAll(async () => {
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  server = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  target.closeAllConnections();
  await new Promise((resolve) => target.close(resolve));
});

function messages(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as AppWindow).previewMessages);
}

/** Waits for the browser to say it blocked something: proof that the payload was tried, and stopped. */
async function blocked(app: App, report: RegExp) {
  await expect.poll(() => app.console.some((line) => report.test(line))).toBe(true);
}

test('a <script> that posts to the parent, opens windows and moves the top never runs', async ({ app }) => {
  const frame = await app.preview(`${server}/payload/script`);
  await expect(frame.getByRole('heading', { name: 'Script payload' })).toBeVisible();
  await expect.poll(() => hits).toContain('/beacon/script');
  await blocked(app, /Blocked script execution in 'about:srcdoc'.*'allow-scripts'/);
  await app.expectContained();
});

test('inline event handlers (<img onerror>, onload, javascript: links) never run', async ({ app }) => {
  const frame = await app.preview(`${server}/payload/onerror`);
  await expect.poll(() => hits).toContain('/beacon/onerror');
  // The broken image has failed (so its onerror would have fired) before we look.
  const broken = frame.getByRole('img', { name: 'broken' });
  await expect
    .poll(() =>
      broken.evaluate((img) => {
        const image = img as unknown as { complete: boolean; naturalWidth: number };
        return image.complete && image.naturalWidth === 0;
      }),
    )
    .toBe(true);
  await frame.getByRole('link', { name: 'Run a javascript: link' }).click();
  await app.expectContained();
});

test('forms are not submitted, to the page, the top, a new window or the app', async ({ app }) => {
  const frame = await app.preview(`${server}/payload/form`);
  await expect.poll(() => hits).toContain('/beacon/form');
  for (const name of ['Post the form', 'Submit to the top', 'Submit to a new window', 'Post to the app']) {
    await frame.getByRole('button', { name }).click();
  }
  await blocked(app, new RegExp(`Blocked form submission to '${appOrigin}/api/run'.*'allow-forms'`));
  await expect(frame.getByRole('heading', { name: 'Form payload' })).toBeVisible();
  await app.expectContained();
});

test('a meta refresh does not move the preview or the app', async ({ app }) => {
  const frame = await app.preview(`${server}/payload/refresh`);
  await expect.poll(() => hits).toContain('/beacon/refresh');
  await blocked(app, /Refused to execute the redirect specified via '<meta http-equiv='refresh'/);
  await expect(frame.getByRole('heading', { name: 'Refresh payload' })).toBeVisible();
  await app.expectContained();
});

test('links with target=_top, _parent or _blank do not navigate the app or open windows', async ({ app }) => {
  const frame = await app.preview(`${server}/payload/top`);
  await expect.poll(() => hits).toContain('/beacon/top');
  for (const name of ['Open at the top', 'Open in the parent', 'Move the app', 'Open in a new window']) {
    await frame.getByRole('link', { name }).click();
  }
  await blocked(app, /Blocked opening '.*\/stolen\?blank' in a new window.*'allow-popups'/);
  await blocked(app, /navigation of the top-level window is sandboxed/);
  await expect(frame.getByRole('heading', { name: 'Top payload' })).toBeVisible();
  await app.expectContained();
});

test('a page-wide <base target="_top"> does not navigate the app', async ({ app }) => {
  const frame = await app.preview(`${server}/payload/base-target`);
  await expect.poll(() => hits).toContain('/beacon/base-target');
  await frame.getByRole('link', { name: 'Follow a plain link' }).click();
  await blocked(app, /navigation of the top-level window is sandboxed/);
  await expect(frame.getByRole('heading', { name: 'Base target payload' })).toBeVisible();
  await app.expectContained();
});

test('a response URL holding "> and <script> stays inside the injected <base href>', async ({ app }) => {
  // Typed raw, as a learner might paste it; the address the server sees is the one the preview's
  // <base> must hold, character for character.
  const typed =
    `${server}/page/"><script>parent.postMessage('pwned: base','*')</script>` +
    `&quot;'onmouseover='alert(1)/index.html?q="><img src=x onerror=alert(1)>`;
  const frame = await app.preview(typed);
  const seen = hits.find((hit) => hit.startsWith('/page/'));
  expect(seen).toContain('%22%3E%3Cscript%3E');
  expect(seen).toContain("&quot;'");
  const responseUrl = `${server}${seen}`;

  await expect(frame.getByRole('heading', { name: 'A page at an odd address' })).toBeVisible();
  await expect(frame.locator('base').first()).toHaveAttribute('href', responseUrl);
  await expect(frame.locator('script')).toHaveCount(0);
  // The relative image resolves against the injected <base>, not the page's own one at the app.
  const image = new URL('dot.png', responseUrl);
  await expect.poll(() => hits).toContain(image.pathname);
  await expect
    .poll(() =>
      frame
        .getByRole('img', { name: 'relative' })
        .evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
    )
    .toBe(3);
  await app.expectContained();
});
