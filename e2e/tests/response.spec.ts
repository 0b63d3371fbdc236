import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

// A 3 × 2 px PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAFUlEQVR4nGP4z8Dwn4GBgYGBgQEAFfYC/hJ1sJUAAAAASUVORK5CYII=',
  'base64',
);

function bigJson(minBytes: number): Buffer {
  const items: string[] = [];
  let size = 0;
  for (let id = 0; size < minBytes; id += 1) {
    const item = JSON.stringify({
      id,
      name: `item ${id}`,
      tags: ['a', 'b'],
      nested: { ok: true, note: 'lorem' },
    });
    items.push(item);
    size += item.length + 1;
  }
  return Buffer.from(`[${items.join(',')}]`);
}

/** What the loopback target server saw and holds, so tests can wait on it instead of sleeping. */
const seen = new Set<string>();
const held: http.ServerResponse[] = [];
let heldArrived: () => void = () => {};

const BIG = bigJson(10_000_000);

const target = http.createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  seen.add(path);
  if (path === '/page.html') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><title>Cats</title><h1>A page with a relative image</h1>' +
        '<img src="img/dot.png" alt="dot"><script>document.title = "script ran"</script>',
    );
  } else if (path === '/img/dot.png' || path === '/dot.png') {
    res.writeHead(200, { 'Content-Type': 'image/png' });
    res.end(PNG);
  } else if (path === '/missing') {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{"error":"no such thing"}');
  } else if (path.startsWith('/hop/')) {
    const left = Number(path.split('/')[2]);
    res.writeHead(302, { Location: left > 1 ? `/hop/${left - 1}` : '/landed' });
    res.end();
  } else if (path === '/landed') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('you made it');
  } else if (path === '/slow') {
    // Writes one line, then holds the response open until the test says so.
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('first line arrived\n');
    held.push(res);
    heldArrived();
  } else if (path === '/big.json') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(BIG);
  } else {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok');
  }
});

let base = '';
let selfSignedUrl = '';
let selfSigned: https.Server | undefined;

function listen(server: http.Server | https.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

test.beforeAll(async () => {
  base = `http://127.0.0.1:${await listen(target)}`;
  // A certificate that vouches for itself, made fresh with openssl (no key is kept in the repository).
  const dir = mkdtempSync(join(tmpdir(), 'response-spec-'));
  execFileSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=self-signed.test',
    '-addext',
    'subjectAltName=DNS:self-signed.test',
  ]);
  selfSigned = https.createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (_req, res) => res.end('secret'),
  );
  selfSignedUrl = `https://127.0.0.1:${await listen(selfSigned)}/`;
});

test.afterAll(async () => {
  for (const res of held.splice(0)) res.destroy();
  target.closeAllConnections();
  selfSigned?.closeAllConnections();
  await Promise.all([
    new Promise((resolve) => target.close(resolve)),
    new Promise((resolve) => selfSigned?.close(resolve)),
  ]);
});

async function send(page: Page, url: string) {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'URL' }).fill(url);
  await page.getByRole('button', { name: 'Send' }).click();
  return page.getByRole('region', { name: 'Response' });
}

test('shows an empty response area before the first Send', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Response' })).toContainText(
    'Send the request to see the response here',
  );
});

test('a 404 is a response with its status and body, not an alert', async ({ page }) => {
  const response = await send(page, `${base}/missing`);
  await expect(response.getByLabel('Status')).toHaveText(/^404 Not Found/);
  await expect(response.getByRole('alert')).toHaveCount(0);
  await response.getByRole('tab', { name: 'Raw' }).click();
  await expect(response.getByText('{"error":"no such thing"}')).toBeVisible();
  await response.getByRole('tab', { name: 'Headers' }).click();
  await expect(response.getByRole('row', { name: /Content-Type application\/json/ })).toBeVisible();
});

test('previews HTML with its relative image resolved, and no script run', async ({ page }) => {
  const response = await send(page, `${base}/page.html`);
  await expect(response.getByLabel('Status')).toHaveText(/^200 OK/);
  await response.getByRole('tab', { name: 'Preview' }).click();
  const frame = page.frameLocator('iframe[title="Preview of the HTML page"]');
  await expect(frame.getByRole('heading', { name: 'A page with a relative image' })).toBeVisible();
  const image = frame.getByRole('img', { name: 'dot' });
  await expect
    .poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
    .toBe(3);
  expect(seen.has('/img/dot.png')).toBe(true);
  await expect(page.locator('iframe[title="Preview of the HTML page"]')).toHaveAttribute('sandbox', '');
  expect(await frame.locator('title').textContent()).toBe('Cats');
});

test('previews an image with its natural size', async ({ page }) => {
  const response = await send(page, `${base}/dot.png`);
  await expect(response.getByRole('tab', { name: 'Preview' })).toHaveAttribute('aria-selected', 'true');
  await expect(response.getByText('3 × 2 px, image/png')).toBeVisible();
  await response.getByRole('tab', { name: 'Hex' }).click();
  await expect(response.getByText('89 50 4e 47')).toBeVisible();
});

test('lists each redirect hop and the final URL', async ({ page }) => {
  const response = await send(page, `${base}/hop/3`);
  await expect(response.getByLabel('Status')).toHaveText(/^200 OK/);
  await response.getByRole('tab', { name: 'Redirects' }).click();
  const chain = response.getByRole('list', { name: 'Redirect chain' }).getByRole('listitem');
  await expect(chain).toHaveCount(3);
  await expect(chain.nth(0)).toContainText('302 Found');
  await expect(chain.nth(0)).toContainText('Location: /hop/2');
  await expect(chain.nth(2)).toContainText('Location: /landed');
  await expect(response.getByText(`${base}/landed`)).toBeVisible();
});

test('shows a streamed body as it arrives, before the response ends', async ({ page }) => {
  const arrived = new Promise<void>((resolve) => {
    heldArrived = resolve;
  });
  const response = await send(page, `${base}/slow`);
  await arrived;
  await expect(response.getByText('first line arrived')).toBeVisible();
  await expect(response.getByText(/Receiving/)).toBeVisible();
  for (const res of held.splice(0)) res.end('last line\n');
  await expect(response.getByText('last line')).toBeVisible();
  await expect(response.getByText(/Receiving/)).toHaveCount(0);
});

test('Cancel stops a response and keeps what arrived', async ({ page }) => {
  const response = await send(page, `${base}/slow`);
  await expect(response.getByText('first line arrived')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(response.getByText(/Cancelled: showing the 19 B that arrived/)).toBeVisible();
  await expect(response.getByText('first line arrived')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
});

test('speaking HTTPS to a plain HTTP server is an alert in plain words', async ({ page }) => {
  const response = await send(page, `${base.replace('http:', 'https:')}/`);
  const alert = response.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/HTTPS|TLS/);
  await expect(response.getByLabel('Status')).toHaveCount(0);
});

test('a self-signed certificate is an alert that shows the certificate presented', async ({ page }) => {
  const response = await send(page, selfSignedUrl);
  const alert = response.getByRole('alert');
  await expect(alert).toContainText(/self-signed/i);
  const chain = alert.getByRole('list', { name: 'Certificate chain' });
  await expect(chain).toContainText('CN=self-signed.test');
  await expect(chain).toContainText('self-signed.test');
  await expect(chain).toContainText(/\d+ days left/);
});

test('a 10 MB JSON response stays usable: scrollable, with buttons that respond', async ({ page }) => {
  const response = await send(page, `${base}/big.json`);
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible({ timeout: 30_000 });
  await expect(response.getByText('9.5 MB', { exact: true })).toBeVisible();

  // Pretty: formatted off the main thread, then shown in the windowed view.
  const body = response.getByRole('region', { name: 'Received body' });
  await expect(response.getByText(/of text: shown without colours/)).toBeVisible({ timeout: 10_000 });
  await body.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(body.getByText('"note": "lorem"').last()).toBeVisible();
  await expect(body).toContainText(/^[\s\S]*\]/);

  const started = Date.now();
  await response.getByRole('tab', { name: 'Headers' }).click();
  await expect(response.getByRole('table')).toBeVisible();
  expect(Date.now() - started).toBeLessThan(2_000);

  await response.getByRole('tab', { name: 'Body' }).click();
  const download = page.waitForEvent('download');
  await response.getByRole('button', { name: 'Save to file' }).click();
  const file = await (await download).path();
  expect(statSync(file).size).toBe(BIG.length);
  expect((await download).suggestedFilename()).toBe('big.json');
});
