import { expect, type Locator, type Page, test } from '@playwright/test';

// "The message on the wire": the bytes each hop wrote and read, as HTTP/1.1 text whose parts name
// themselves when hovered or focused, against the practice server's real answers.

const editor = (page: Page) => page.getByRole('region', { name: 'Request editor' });
const responseRegion = (page: Page) => page.getByRole('region', { name: 'Response', exact: true });

async function compose(page: Page, method: string, path: string) {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Method' }).fill(method);
  await page.getByRole('textbox', { name: 'URL' }).fill(new URL(path, page.url()).href);
}

/** Sends, waits for the status, opens the Wire view. */
async function sendAndOpenWire(page: Page, status: RegExp) {
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(responseRegion(page).getByLabel('Status')).toHaveText(status);
  await responseRegion(page).getByRole('tab', { name: 'Wire' }).click();
}

const bytesSent = (page: Page, hop = '') =>
  page.getByRole('group', { name: `Bytes sent${hop}`, exact: true });
const bytesReceived = (page: Page, hop = '') =>
  page.getByRole('group', { name: `Bytes received${hop}`, exact: true });

/** The name a part shows when the pointer rests on it. */
async function hoverName(page: Page, part: Locator): Promise<Locator> {
  await part.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  return tooltip;
}

test('a multipart upload shows its boundary lines, part headers and a binary file safely', async ({
  page,
}) => {
  await compose(page, 'POST', '/httpbin/post');
  await editor(page).getByRole('tab', { name: 'Body' }).click();
  await editor(page).getByRole('radio', { name: 'Multipart form' }).check();
  await editor(page).getByLabel('Part 1 name').fill('title');
  await editor(page).getByLabel('Part 1 value').fill('Holiday');
  await editor(page).getByLabel('Part 2 name').fill('photo');
  await editor(page).getByLabel('Part 2 type').selectOption('file');
  await editor(page)
    .getByLabel('Part 2 file')
    .setInputFiles({
      name: 'tiny.bin',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0, 1, 2, 27, 255]),
    });
  await sendAndOpenWire(page, /^200 OK/);

  const sent = bytesSent(page);
  await expect(sent).toContainText('POST /httpbin/post HTTP/1.1');
  const boundary = /boundary=(\S+?)\\r\\n/.exec((await sent.textContent()) ?? '')?.[1];
  expect(boundary).toBeTruthy();
  await expect(sent.getByText(`--${boundary}`, { exact: true })).toHaveCount(2);
  const closing = sent.getByText(`--${boundary}--`, { exact: true });
  await expect(closing).toHaveCount(1);
  await expect(await hoverName(page, closing)).toContainText('closing multipart boundary');
  await expect(await hoverName(page, sent.getByText(`--${boundary}`, { exact: true }).first())).toContainText(
    'multipart boundary',
  );

  const disposition = sent.getByText('form-data; name="photo"; filename="tiny.bin"', { exact: true });
  await expect(await hoverName(page, disposition)).toContainText('part header field value');
  await expect(await hoverName(page, sent.getByText('Holiday', { exact: true }))).toContainText(
    'part content',
  );
  // The file's bytes (NUL, ESC among them) as hex, never as raw control characters.
  await expect(sent).toContainText('binary, 5 bytes, shown in hex:');
  await expect(sent).toContainText('00 01 02 1b ff');
  expect(controlCharacters(await sent.textContent())).toEqual([]);
});

test('a chunked answer shows its chunk-size lines and last chunk', async ({ page }) => {
  await compose(page, 'GET', '/httpbin/stream/2');
  await sendAndOpenWire(page, /^200 OK/);

  const received = bytesReceived(page);
  await expect(received).toContainText('Transfer-Encoding: chunked');
  const sizes = received.locator('.wire-chunk-size');
  await expect(sizes).toHaveCount(2);
  for (const size of await sizes.all()) {
    const hex = (await size.textContent()) ?? '';
    // The size line tells, in hexadecimal, how many bytes of data follow it.
    const data = size.locator('xpath=following-sibling::span[contains(@class, "wire-chunk-data")][1]');
    const length = Buffer.byteLength((await data.textContent()) ?? '');
    expect(Number.parseInt(hex, 16)).toBe(length);
    const tooltip = await hoverName(page, size);
    await expect(tooltip).toContainText('chunk size');
    await expect(tooltip).toContainText(`0x${hex} = ${length} bytes of data follow`);
  }
  await expect(await hoverName(page, received.locator('.wire-last-chunk'))).toContainText('last chunk');
});

test('the keyboard walks the parts and each focused part is announced by its name', async ({ page }) => {
  await compose(page, 'GET', '/httpbin/get?lesson=1');
  await sendAndOpenWire(page, /^200 OK/);

  const sent = bytesSent(page);
  await expect(sent).toBeVisible();
  // One tab stop per message: the Wire tab, then into the sent bytes.
  await responseRegion(page).getByRole('tab', { name: 'Wire' }).focus();
  await page.keyboard.press('Tab');
  const method = sent.getByText('GET', { exact: true });
  await expect(method).toBeFocused();
  await expect(method).toHaveAccessibleDescription(/request line: method/);

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const target = sent.getByText('/httpbin/get?lesson=1', { exact: true });
  await expect(target).toBeFocused();
  await expect(target).toHaveAccessibleDescription(/request-target/);

  await page.keyboard.press('ArrowDown');
  const host = sent.getByText('Host', { exact: true });
  await expect(host).toBeFocused();
  await expect(host).toHaveAccessibleDescription(/header field name/);
  await expect(page.getByRole('tooltip')).toContainText('header field name · 2. headers');
  // The header's own explanation comes along, from the same notes as the Headers tab.
  await expect(page.getByRole('tooltip')).toContainText(/host/i);

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(sent.getByText(new URL(page.url()).host, { exact: true })).toHaveAccessibleDescription(
    /field value/,
  );

  await page.keyboard.press('End');
  const emptyLine = sent.locator('.wire-empty-line');
  await expect(emptyLine).toBeFocused();
  await expect(emptyLine).toHaveAccessibleDescription(
    /empty line ending the header section · 3\. empty line/,
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  // Tab leaves the sent bytes for the received ones: one stop each, not one per part.
  await page.keyboard.press('Tab');
  await expect(bytesReceived(page).getByText('HTTP/1.1', { exact: true })).toBeFocused();

  // The pointer names the response's parts the same way.
  const received = bytesReceived(page);
  await expect(await hoverName(page, received.getByText('200', { exact: true }))).toContainText(
    'status line: status code',
  );
  await expect(await hoverName(page, received.getByText('OK', { exact: true }))).toContainText(
    'reason phrase',
  );
});

test('a binary body is shown as a hex note, never as raw control characters', async ({ page }) => {
  await compose(page, 'GET', '/httpbin/bytes/64');
  await sendAndOpenWire(page, /^200 OK/);

  const received = bytesReceived(page);
  await expect(received).toContainText('content-length: 64');
  await expect(received).toContainText('binary, 64 bytes, shown in hex:');
  await expect(await hoverName(page, received.locator('.wire-body'))).toContainText('message body');
  expect(controlCharacters(await received.textContent())).toEqual([]);

  // A large body, sent in chunks: each chunk's first bytes in hex, then how many more there were.
  await compose(page, 'GET', '/httpbin/stream-bytes/90000');
  await sendAndOpenWire(page, /^200 OK/);
  await expect(bytesReceived(page)).toContainText('binary, 10,240 bytes, shown in hex:');
  await expect(bytesReceived(page)).toContainText('… 9,728 more bytes');
  await expect(bytesReceived(page)).toContainText(/… [\d,]+ more bytes not kept by the playground$/);
  await expect(responseRegion(page)).toContainText(/the playground keeps the first 65,536 bytes/);
  expect(controlCharacters(await bytesReceived(page).textContent())).toEqual([]);
});

test('each redirect hop has its own bytes, and compression is pointed out', async ({ page }) => {
  await compose(page, 'GET', '/httpbin/redirect/2');
  await sendAndOpenWire(page, /^200 OK/);
  const wire = responseRegion(page).getByRole('tabpanel');
  await expect(wire.getByRole('heading', { name: /^Hop 1: 302, followed to / })).toBeVisible();
  await expect(wire.getByRole('heading', { name: /^Hop 3$/ })).toBeVisible();
  await expect(bytesReceived(page, ', hop 1')).toContainText(/^HTTP\/1\.1 302 Found/);
  await expect(bytesSent(page, ', hop 2')).toContainText(/^GET \/httpbin\/relative-redirect\/1 HTTP\/1\.1/);
  await expect(bytesSent(page, ', hop 3')).toContainText(/^GET \/httpbin\/get HTTP\/1\.1/);

  await compose(page, 'GET', '/httpbin/gzip');
  await sendAndOpenWire(page, /^200 OK/);
  await expect(responseRegion(page)).toContainText(
    'The body is compressed on the wire (gzip): see Body for the decoded text.',
  );
  await expect(bytesReceived(page)).toContainText('content-encoding: gzip');
  await expect(bytesReceived(page)).toContainText('1f 8b 08');
});

/** Characters that must never reach the screen raw (line feeds and tabs are fine). */
function controlCharacters(text: string | null): string[] {
  return [...(text ?? '')].filter(
    (c) => /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(c) && c !== '\n' && c !== '\t',
  );
}
