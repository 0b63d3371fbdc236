import { expect, type Locator, type Page, test } from '@playwright/test';
import { readStored, writeStored } from '../support/stored.ts';

// Environments fill `{{variables}}` in the request as it is sent. Undefined ones are marked in the
// address and named under it before sending; secret values stay masked on screen.

const editor = (page: Page) => page.getByRole('region', { name: 'Request editor' });
const urlBox = (page: Page) => page.getByRole('textbox', { name: 'URL' });
const switcher = (page: Page) => page.getByRole('combobox', { name: 'Environment', exact: true });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Environments' });
const missing = (page: Page) => page.getByRole('region', { name: 'Variables without a value' });
const marks = (page: Page) => page.locator('.request-line-mirror mark');

async function send(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Send' }).click();
  const response = page.getByRole('region', { name: 'Response', exact: true });
  await expect(response.getByRole('status', { name: 'Status' })).toHaveText(/^200 OK/);
  await response.getByRole('tab', { name: 'Raw' }).click();
  return response;
}

/** The response shows text matching `pattern` (ignoring the marks of wrapped lines). */
async function expectBody(response: Locator, pattern: RegExp) {
  await expect
    .poll(async () => (await response.textContent())?.replace(/↪/g, '') ?? '', { message: String(pattern) })
    .toMatch(pattern);
}

/** Hovers the address box over its `index`th marked variable. */
async function hoverMark(page: Page, index: number) {
  const mark = await marks(page).nth(index).boundingBox();
  const box = await urlBox(page).boundingBox();
  if (!mark || !box) throw new Error('the address box or its mark is not on screen');
  await urlBox(page).hover({
    position: { x: mark.x - box.x + mark.width / 2, y: mark.y - box.y + mark.height / 2 },
  });
}

test('an environment fills the variables, masks its secret, and is kept across a reload', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;

  // Variables used before any environment exists are marked and named, in plain words.
  await urlBox(page).fill('{{host}}/httpbin/headers');
  await editor(page).getByRole('tab', { name: 'Headers' }).click();
  await editor(page).getByLabel('Header 1 name').fill('Authorization');
  await editor(page).getByLabel('Header 1 value').fill('Bearer {{token}}');
  await expect(marks(page)).toHaveText(['{{host}}']);
  await expect(marks(page).first()).toHaveAttribute('data-defined', 'false');
  await expect(missing(page).getByRole('listitem')).toHaveText([
    '{{host}} is not defined: no environment is active (used in the address).',
    '{{token}} is not defined: no environment is active (used in header "Authorization").',
  ]);
  await expect(switcher(page)).toHaveValue('');
  await expect(switcher(page).locator('option:checked')).toHaveText('No environment');

  // Create "Local" with the practice server's origin and a secret token.
  const edit = page.getByRole('button', { name: 'Edit environments' });
  await edit.click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByText('No environments yet.')).toBeVisible();
  await dialog(page).getByRole('button', { name: 'New environment' }).click();
  await dialog(page).getByLabel('Environment name').fill('Local');
  await dialog(page).getByLabel('New variable name').fill('host');
  await dialog(page).getByLabel('Variable 1 value').fill(origin);
  await dialog(page).getByLabel('New variable name').fill('token');
  await dialog(page).getByLabel('Variable 2 value').fill('s3cret-token');
  await dialog(page).getByLabel('Variable 2 is secret').check();
  const secretValue = dialog(page).getByLabel('Variable 2 value');
  await expect(secretValue).toHaveAttribute('type', 'password');
  const show = dialog(page).getByRole('button', { name: 'Show the value of variable 2' });
  await expect(show).toHaveAttribute('aria-pressed', 'false');
  await show.click();
  await expect(secretValue).toHaveAttribute('type', 'text');
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await show.click();
  await expect(secretValue).toHaveAttribute('type', 'password');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(edit).toBeFocused();

  // Not active yet: still undefined. Switching to it resolves both.
  await expect(missing(page)).toBeVisible();
  await switcher(page).selectOption({ label: 'Local' });
  await expect(missing(page)).toBeHidden();
  await expect(marks(page).first()).toHaveAttribute('data-defined', 'true');
  await hoverMark(page, 0);
  await expect(urlBox(page)).toHaveAttribute('title', `{{host}} = ${origin} (environment “Local”)`);
  await expect(page.locator('.request-line-hint')).toHaveText(`to ${origin}`);

  // What went out has the values; the address box keeps what the user wrote.
  const response = await send(page);
  await expectBody(response, /"Authorization":\s*"Bearer s3cret-token"/);
  await expect(urlBox(page)).toHaveValue('{{host}}/httpbin/headers');

  // A variable no one defined is named before sending, and then goes out as written.
  await editor(page).getByLabel('Header 2 name').fill('X-Trace');
  await editor(page).getByLabel('Header 2 value').fill('{{trace}}');
  await expect(missing(page).getByRole('listitem')).toHaveText([
    '{{trace}} is not defined in the active environment “Local” (used in header "X-Trace").',
  ]);
  await expectBody(await send(page), /"X-Trace":\s*"\{\{trace\}\}"/);

  // Kept across a reload: the active environment, its variables, the secret still masked.
  await page.reload();
  await expect(switcher(page).locator('option:checked')).toHaveText('Local');
  await expect(missing(page).getByRole('listitem')).toHaveText([
    '{{trace}} is not defined in the active environment “Local” (used in header "X-Trace").',
  ]);
  await page.getByRole('button', { name: 'Edit environments' }).click();
  await expect(dialog(page).getByLabel('Variable 1 value')).toHaveValue(origin);
  await expect(dialog(page).getByLabel('Variable 2 value')).toHaveAttribute('type', 'password');
  await expect(dialog(page).getByLabel('Variable 2 value')).toHaveValue('s3cret-token');
  await expect(dialog(page).getByLabel('Variable 2 is secret')).toBeChecked();
});

test('environments can be duplicated, renamed, switched between and deleted', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await urlBox(page).fill(`${origin}/httpbin/anything?who={{who}}`);

  await page.getByRole('button', { name: 'Edit environments' }).click();
  await dialog(page).getByRole('button', { name: 'New environment' }).click();
  await dialog(page).getByLabel('Environment name').fill('Ada');
  await dialog(page).getByLabel('New variable name').fill('who');
  await dialog(page).getByLabel('Variable 1 value').fill('ada');
  await dialog(page).getByRole('button', { name: 'Duplicate environment' }).click();
  await expect(dialog(page).getByLabel('Environment name')).toHaveValue('Ada copy');
  await dialog(page).getByLabel('Environment name').fill('Grace');
  await dialog(page).getByLabel('Variable 1 value').fill('grace');
  // A disabled variable does not count.
  await dialog(page).getByLabel('New variable name').fill('who');
  await dialog(page).getByLabel('Variable 2 value').fill('nobody');
  await dialog(page).getByLabel('Enable variable 2').uncheck();
  await dialog(page).getByRole('button', { name: 'Close environments' }).click();

  await expect(switcher(page).getByRole('option')).toHaveText(['No environment', 'Ada', 'Grace']);
  await switcher(page).selectOption({ label: 'Grace' });
  await expectBody(await send(page), /"who":\s*"grace"/);
  await switcher(page).selectOption({ label: 'Ada' });
  await expectBody(await send(page), /"who":\s*"ada"/);

  // Deleting the active environment asks first, then leaves none active.
  await page.getByRole('button', { name: 'Edit environments' }).click();
  await dialog(page).getByRole('button', { name: 'Ada', exact: false }).first().click();
  await dialog(page).getByRole('button', { name: 'Delete environment' }).click();
  await dialog(page).getByRole('button', { name: 'Yes, delete' }).click();
  await expect(dialog(page).getByRole('list', { name: 'Your environments' }).getByRole('button')).toHaveText([
    'Grace',
  ]);
  await page.keyboard.press('Escape');
  await expect(switcher(page).locator('option:checked')).toHaveText('No environment');
  await expect(missing(page).getByRole('listitem')).toHaveText([
    '{{who}} is not defined: no environment is active (used in the address).',
  ]);
});

/** Puts collections in the browser's storage, as an earlier visit would have left them, and reloads. */
async function seedLibrary(page: Page, collections: unknown[]) {
  await writeStored(page, 'library', { v: 1, collections });
  await page.reload();
}

const savedRequest = (id: string, name: string, url: string, headers: [string, string][] = []) => ({
  type: 'request',
  id,
  name,
  draft: {
    method: 'GET',
    url,
    params: [],
    pathVariables: [],
    headers: headers.map(([name, value]) => ({ name, value, enabled: true })),
    body: { kind: 'none', text: '', textContentType: 'text/plain', fields: [], parts: [], file: null },
    auth: { type: 'none' },
    followRedirects: true,
    timeoutMs: 300_000,
  },
});

test('a collection acts as a session: base address, default headers, its variables under the environment’s', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await seedLibrary(page, [
    {
      id: 'c1',
      name: 'Users API',
      description: '',
      items: [savedRequest('r1', 'Who', '/anything/{{id}}', [['X-Mine', 'request']])],
      variables: [
        { name: 'base', value: `${origin}/httpbin`, enabled: true, secret: false },
        { name: 'id', value: 'from-collection', enabled: true, secret: false },
      ],
      session: {
        baseUrl: '{{base}}',
        headers: [
          { name: 'X-Session', value: 'on', enabled: true },
          { name: 'X-Mine', value: 'session', enabled: true },
        ],
        cookies: true,
      },
    },
  ]);
  await page.getByRole('button', { name: 'Collections', exact: true }).click();
  await page.getByRole('treeitem', { name: 'GET Who', exact: true }).click();
  await page.getByRole('button', { name: 'Collections', exact: true }).click();
  await expect(urlBox(page)).toHaveValue('/anything/{{id}}');
  await expect(page.locator('.request-line-hint')).toHaveText(`to ${origin}`);
  await hoverMark(page, 0);
  await expect(urlBox(page)).toHaveAttribute('title', '{{id}} = from-collection (collection “Users API”)');

  // The base address is put in front, the session's header added, the request's own header kept.
  let response = await send(page);
  await expectBody(response, new RegExp(`"url":\\s*"${origin}/httpbin/anything/from-collection"`));
  await expectBody(response, /"X-Session":\s*"on"/);
  await expectBody(response, /"X-Mine":\s*"request"/);

  // The active environment wins over the collection.
  await page.getByRole('button', { name: 'Edit environments' }).click();
  await dialog(page).getByRole('button', { name: 'New environment' }).click();
  await dialog(page).getByLabel('New variable name').fill('id');
  await dialog(page).getByLabel('Variable 1 value').fill('from-environment');
  await page.keyboard.press('Escape');
  await switcher(page).selectOption({ label: 'New environment' });
  response = await send(page);
  await expectBody(response, /"url":\s*"[^"]*\/anything\/from-environment"/);
});

test('unreadable saved environments are set aside and the user is told', async ({ page }) => {
  await page.goto('/');
  await expect(urlBox(page)).toBeVisible();
  await writeStored(page, 'environments', 'not environments');
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'saved environments' });
  await expect(notice).toContainText(
    'Your saved environments couldn’t be restored: the saved data is not a list of environments. They were set aside; you are starting with none.',
  );
  await expect(switcher(page).getByRole('option')).toHaveText(['No environment']);
  const setAside = await readStored(page, 'environments-unreadable');
  expect(setAside).toBe('not environments');
  await page.getByRole('button', { name: 'Dismiss the environments notice' }).click();
  await expect(notice).toBeHidden();
});
