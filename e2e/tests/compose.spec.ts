import { expect, type Locator, type Page, test } from '@playwright/test';

// Composing requests against the built-in practice server (/httpbin/), which echoes back what it got.

const editor = (page: Page) => page.getByRole('region', { name: 'Request editor' });
const urlBox = (page: Page) => page.getByRole('textbox', { name: 'URL' });

async function openTab(page: Page, name: 'Params' | 'Headers' | 'Body' | 'Auth' | 'Settings') {
  await editor(page).getByRole('tab', { name }).click();
}

async function compose(page: Page, method: string, path: string) {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Method' }).fill(method);
  await urlBox(page).fill(new URL(path, page.url()).href);
}

/** Sends, waits for the status, and shows the body as received (the Raw view, when there is one). */
async function send(page: Page, status = '200 OK'): Promise<Locator> {
  await page.getByRole('button', { name: 'Send' }).click();
  return sent(page, status);
}

async function sent(page: Page, status = '200 OK'): Promise<Locator> {
  const response = page.getByRole('region', { name: 'Response', exact: true });
  await expect(response.getByRole('status', { name: 'Status' })).toHaveText(new RegExp(`^${status}`));
  const raw = response.getByRole('tab', { name: 'Raw' });
  if ((await raw.count()) > 0) await raw.click();
  return response;
}

/**
 * Expects the response to show text matching `pattern`, ignoring the marks a view adds where it
 * wraps long lines (↪), which could fall in the middle of what is looked for.
 */
async function expectBody(response: Locator, pattern: RegExp) {
  await expect
    .poll(async () => (await response.textContent())?.replace(/↪/g, '') ?? '', { message: String(pattern) })
    .toMatch(pattern);
}

/** Pastes text into a field the way a person does: through the clipboard, with Ctrl/Cmd+V. */
async function paste(page: Page, field: Locator, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await field.focus();
  await field.press('ControlOrMeta+V');
}

test('query params follow the URL, and the URL follows the table', async ({ page }) => {
  await compose(page, 'GET', '/httpbin/get?name1=value1&name2=value2');
  const params = editor(page);
  await expect(params.getByLabel('Param 1 name')).toHaveValue('name1');
  await expect(params.getByLabel('Param 2 value')).toHaveValue('value2');

  await params.getByLabel('Param 2 value').fill('hello world');
  await params.getByLabel('Param 3 name').fill('ram[from]');
  await params.getByLabel('Param 3 value').fill('8');
  await expect(urlBox(page)).toHaveValue(/\?name1=value1&name2=hello%20world&ram\[from\]=8$/);

  await params.getByRole('checkbox', { name: 'Enable param 1' }).uncheck();
  await expect(urlBox(page)).toHaveValue(/\?name2=hello%20world&ram\[from\]=8$/);

  const response = await send(page);
  await expectBody(response, /"name2":\s*"hello world"/);
  await expectBody(response, /"ram\[from\]":\s*"8"/);
  await expect(response).not.toContainText('name1');
});

test('the query goes out exactly as typed in the URL box', async ({ page }) => {
  await compose(page, 'GET', '/httpbin/anything?empty=&flag&q=a b');
  const response = await send(page);
  // httpbin echoes the URL it was asked for: `empty=` keeps its equals sign, the space is encoded.
  await expectBody(response, /"url":\s*"[^"]*\/httpbin\/anything\?empty=&flag&q=a%20b"/);
});

test('params edited as text, and path variables from the URL', async ({ page }) => {
  await compose(page, 'GET', '/httpbin/anything/:id');
  await expect(editor(page).getByLabel('Path variable 1 name')).toHaveValue(':id');
  await editor(page).getByLabel('Path variable 1 value').fill('42');
  await editor(page).getByRole('button', { name: 'Bulk edit' }).click();
  await editor(page).getByLabel('Query parameters as text').fill('q=a b\n// off=1\nlang: en');
  await expect(urlBox(page)).toHaveValue(/\/anything\/:id\?q=a%20b&lang=en$/);

  const response = await send(page);
  await expectBody(response, /"url":\s*"[^"]*\/anything\/42\?q=a%20b&lang=en"/);
});

test('a custom header is sent; a broken one is flagged before sending', async ({ page }) => {
  await compose(page, 'GET', '/httpbin/headers');
  await openTab(page, 'Headers');
  const headers = editor(page);
  await headers.getByLabel('Header 1 name').fill('Spam');
  await headers.getByLabel('Header 1 value').fill('Eggs');
  await headers.getByLabel('Header 2 name').fill('X Bad');
  await expect(headers.getByLabel('Header 2 name')).toHaveAccessibleDescription(/cannot contain spaces/);
  await headers.getByRole('checkbox', { name: 'Enable header 2' }).uncheck();
  await expect(headers.getByText(/cannot contain spaces/)).toBeHidden();

  const response = await send(page);
  await expectBody(response, /"Spam":\s*"Eggs"/);
});

test('a form POST sends urlencoded fields', async ({ page }) => {
  await compose(page, 'POST', '/httpbin/post');
  await openTab(page, 'Body');
  await editor(page).getByRole('radio', { name: 'Form (urlencoded)' }).check();
  await expect(editor(page)).toContainText(
    'Content-Type that will be sent: application/x-www-form-urlencoded',
  );
  await editor(page).getByLabel('Field 1 name').fill('name1');
  await editor(page).getByLabel('Field 1 value').fill('value 1');
  await editor(page).getByLabel('Field 2 name').fill('name2');
  await editor(page).getByLabel('Field 2 value').fill('ü&=');

  const response = await send(page);
  await expectBody(response, /"form":\s*\{\s*"name1":\s*"value 1",\s*"name2":\s*"(ü|\\u00fc)&="/);
});

test('a JSON POST: validated, formatted, sent with Ctrl+Enter from the editor', async ({ page }) => {
  await compose(page, 'POST', '/httpbin/post');
  await openTab(page, 'Body');
  await editor(page).getByRole('radio', { name: 'JSON' }).check();
  await expect(editor(page)).toContainText('Content-Type that will be sent: application/json');
  // Monaco is loaded on demand; type once it is there, so Ctrl+Enter reaches its command.
  await expect(editor(page).locator('.monaco-editor')).toBeVisible();
  await editor(page).getByRole('textbox', { name: 'Request body' }).focus();
  await page.keyboard.insertText('{"name": "Ada", "langs": ["en",]}');
  await expect(editor(page).getByText(/Not valid JSON: line 1, column 32/)).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await expect(editor(page).getByText('Valid JSON.')).toBeVisible();
  await editor(page).getByRole('button', { name: 'Format' }).click();
  await expect(editor(page).locator('.monaco-editor')).toContainText('"langs": [');

  await editor(page).getByRole('textbox', { name: 'Request body' }).focus();
  await page.keyboard.press('ControlOrMeta+Enter');
  const response = await sent(page);
  await expectBody(response, /"json":\s*\{\s*"langs":\s*\[\s*"en"\s*\],\s*"name":\s*"Ada"/);
});

test('a multipart upload sends a text field and a file', async ({ page }) => {
  await compose(page, 'POST', '/httpbin/post');
  await openTab(page, 'Body');
  await editor(page).getByRole('radio', { name: 'Multipart form' }).check();
  await editor(page).getByLabel('Part 1 name').fill('title');
  await editor(page).getByLabel('Part 1 value').fill('Holiday');
  await editor(page).getByLabel('Part 2 name').fill('notes');
  await editor(page).getByLabel('Part 2 type').selectOption('file');
  await editor(page)
    .getByLabel('Part 2 file')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello from a file') });
  await expect(editor(page).getByText('notes.txt · 17 B · text/plain')).toBeVisible();

  const response = await send(page);
  await expectBody(response, /"files":\s*\{\s*"notes":\s*"hello from a file"/);
  await expectBody(response, /"title":\s*"Holiday"/);
});

test('Basic auth: the right password gets 200, a wrong one 401', async ({ page }) => {
  await compose(page, 'GET', '/httpbin/basic-auth/user/passwd');
  await openTab(page, 'Auth');
  await editor(page).getByRole('radio', { name: 'Basic' }).check();
  await editor(page).getByLabel('Username').fill('user');
  await editor(page).getByLabel('Password').fill('passwd');
  await expect(editor(page)).toContainText('Authorization: Basic dXNlcjpwYXNzd2Q=');

  const ok = await send(page, '200 OK');
  await expectBody(ok, /"authenticated":\s*true/);

  await editor(page).getByLabel('Password').fill('wrong');
  await send(page, '401 Unauthorized');
});

test('pasting a curl command imports it into the request', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await paste(
    page,
    urlBox(page),
    `curl -X POST '${origin}/httpbin/post?from=curl' \\
  -H 'Spam: Eggs' \\
  -u user:passwd \\
  -F 'title=Holiday' \\
  -F 'photo=@/home/me/cat.png;type=image/png'`,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Imported from curl' })).toHaveText(
    /Imported from curl: POST, 1 header, multipart body \(2 parts\), Basic auth, redirects not followed \(no -L\)\. Choose the file cat\.png for "photo" in Body\./,
  );
  await expect(page.getByRole('combobox', { name: 'Method' })).toHaveValue('POST');
  await expect(urlBox(page)).toHaveValue(`${origin}/httpbin/post?from=curl`);
  await expect(editor(page).getByLabel('Param 1 name')).toHaveValue('from');

  await openTab(page, 'Headers');
  await expect(editor(page).getByLabel('Header 1 value')).toHaveValue('Eggs');
  await openTab(page, 'Auth');
  await expect(editor(page).getByLabel('Username')).toHaveValue('user');
  await openTab(page, 'Body');
  await expect(editor(page).getByLabel('Part 1 value')).toHaveValue('Holiday');
  await expect(editor(page).getByText('Choose cat.png (named in the imported command)')).toBeVisible();
  await editor(page)
    .getByLabel('Part 2 file')
    .setInputFiles({
      name: 'cat.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    });

  const response = await send(page);
  await expectBody(response, /"Spam":\s*"Eggs"/);
  await expectBody(response, /"Authorization":\s*"Basic dXNlcjpwYXNzd2Q="/);
  await expectBody(response, /"title":\s*"Holiday"/);
  await expectBody(response, /"photo":\s*"data:image\/png;base64,/);
});

test('a JSON curl command typed in one line imports too', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await urlBox(page).fill(`curl ${origin}/httpbin/anything --json '{"a": 1}' -H 'X-Trace: 7'`);
  await expect(page.getByRole('status').filter({ hasText: 'Imported from curl' })).toContainText('JSON body');
  await expect(urlBox(page)).toHaveValue(`${origin}/httpbin/anything`);
  const response = await send(page);
  await expectBody(response, /"json":\s*\{\s*"a":\s*1\s*\}/);
  await expectBody(response, /"X-Trace":\s*"7"/);
});

test('the method picker offers every method, takes custom ones and flags bad ones', async ({ page }) => {
  await page.goto('/');
  const method = page.getByRole('combobox', { name: 'Method' });
  // The verbs' own list: the page has other options (the Environment picker's).
  const verbs = page.getByRole('listbox', { name: 'Standard verbs' }).getByRole('option');
  await method.fill('P');
  await expect(verbs).toHaveText(['POST', 'PUT', 'PATCH']);
  await method.press('ArrowDown');
  await method.press('ArrowDown');
  await method.press('Enter');
  await expect(method).toHaveValue('PUT');
  await method.press('ArrowDown');
  await expect(verbs).toHaveCount(9);
  await method.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Standard verbs' })).toBeHidden();

  await method.fill('purge');
  await expect(method).toHaveValue('PURGE');
  await expect(method).not.toHaveAttribute('aria-invalid', 'true');
  await method.fill('GE T');
  await expect(method).toHaveAttribute('aria-invalid', 'true');
  await expect(method).toHaveAccessibleDescription(/remove the spaces/);
});

test('request tabs are reachable with the arrow keys', async ({ page }) => {
  await page.goto('/');
  const params = editor(page).getByRole('tab', { name: 'Params' });
  await params.focus();
  await page.keyboard.press('ArrowRight');
  await expect(editor(page).getByRole('tab', { name: 'Headers' })).toBeFocused();
  await expect(editor(page).getByRole('tab', { name: 'Headers' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(editor(page).getByRole('tab', { name: 'Settings' })).toBeFocused();
  await expect(editor(page).getByRole('checkbox', { name: 'Follow redirects' })).toBeChecked();
});
