import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { readStored, writeStored } from '../support/stored.ts';

// Moving collections in and out: a real Postman v2.1 export imports and its requests reach the
// practice server as they should; an export to Postman v2.1 (or our format) imports back the same;
// a HAR of an exchange downloads; a broken or hostile file is refused in plain words and nothing
// already saved changes.

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../shared/src/convert/fixtures/${name}`, import.meta.url));
const POSTMAN_FIXTURE = fixture('httpbin-org-api.postman_collection.json');

const response = (page: Page) => page.getByRole('region', { name: 'Response', exact: true });
const status = (page: Page) => response(page).getByRole('status', { name: 'Status' });
const panel = (page: Page) => page.getByRole('region', { name: 'Collections' });
const tree = (page: Page) => panel(page).getByRole('tree', { name: 'Collections' });
const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import' });
const folderRow = (page: Page, folder: string, request: string) =>
  tree(page)
    .getByRole('treeitem', { name: folder, exact: true })
    .getByRole('treeitem', { name: request, exact: true });

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importDialog(page)).toBeVisible();
}

/** The user's collections as saved in IndexedDB, without ids (fresh on every import). */
async function savedCollections(page: Page): Promise<unknown[]> {
  const library = (await readStored(page, 'library')) as { collections?: unknown[] } | undefined;
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([key]) => key !== 'id')
              .map(([key, v]) => [key, strip(v)]),
          )
        : value;
  return strip(library?.collections ?? []) as unknown[];
}

/** Sends the active tab and returns the request as it went out (start line and headers). */
async function sendAndSeeRequest(page: Page, expectedStatus: RegExp): Promise<string> {
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(status(page)).toHaveText(expectedStatus);
  await response(page).getByRole('tab', { name: 'Request' }).click();
  return (await response(page).getByRole('region', { name: 'Request 1' }).textContent()) ?? '';
}

async function importPostmanFixture(page: Page) {
  await openImport(page);
  await importDialog(page).getByLabel('Choose a file').setInputFiles(POSTMAN_FIXTURE);
  const preview = importDialog(page).getByRole('region', { name: 'What will be imported' });
  await expect(preview).toContainText('reads as: Postman collection.');
  await expect(preview).toContainText('Collection “httpbinorg API”: 20 requests in 5 folders');
  await expect(preview).toContainText('20 requests had test scripts');
  await importDialog(page).getByRole('button', { name: 'Add to my collections' }).click();
  await expect(importDialog(page)).toBeHidden();
  await expect(tree(page).getByRole('treeitem', { name: 'httpbinorg API', exact: true })).toBeVisible();
}

test('a real Postman v2.1 export imports, with its environment, and its requests send as they should', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await importPostmanFixture(page);

  // Its environment, pasted with the address of this playground's practice server.
  const environment = readFileSync(fixture('practice-server.postman_environment.json'), 'utf8').replace(
    'http://127.0.0.1:8787/httpbin',
    `${origin}/httpbin`,
  );
  await openImport(page);
  await importDialog(page).getByLabel('Or paste a curl command or JSON').fill(environment);
  await importDialog(page).getByRole('button', { name: 'Read pasted text' }).click();
  await expect(importDialog(page)).toContainText('reads as: Postman environment.');
  await expect(importDialog(page)).toContainText('Environment “Practice server”: 4 variables');
  await importDialog(page).getByRole('button', { name: 'Add to my collections' }).click();
  await page
    .getByRole('combobox', { name: 'Environment', exact: true })
    .selectOption({ label: 'Practice server' });

  await folderRow(page, 'Http Methods', 'GET Get Request').click();
  expect(await sendAndSeeRequest(page, /^200 OK/)).toMatch(/^GET \/httpbin\/get HTTP\/1\.1/);

  await folderRow(page, 'Http Methods', 'POST Post Request').click();
  expect(await sendAndSeeRequest(page, /^200 OK/)).toMatch(/^POST \/httpbin\/post HTTP\/1\.1/);

  // Basic auth came across from Postman's auth block: the header goes out and the server accepts it.
  await folderRow(page, 'Auth', 'GET Auth Using Basic Auth').click();
  const basic = await sendAndSeeRequest(page, /^200 OK/);
  expect(basic).toMatch(/^GET \/httpbin\/basic-auth\/mostafa\/123 HTTP\/1\.1/);
  expect(basic).toContain(`Authorization: Basic ${Buffer.from('mostafa:123').toString('base64')}`);

  // {{codes}} comes from the environment (418), over the collection's own value (101).
  await folderRow(page, 'Status Codes', 'PUT Put Request').click();
  expect(await sendAndSeeRequest(page, /^418/)).toMatch(/^PUT \/httpbin\/status\/418 HTTP\/1\.1/);
});

test('an export to Postman v2.1, and to our own format, imports back the same collection', async ({
  page,
}) => {
  await page.goto('/');
  await importPostmanFixture(page);

  for (const { button, suffix } of [
    { button: 'Download Postman collection', suffix: '.postman_collection.json' },
    { button: 'Download HTTP Playground file', suffix: '.playground.json' },
  ]) {
    // The original is the first; each re-import is added after it, under the same name.
    await panel(page)
      .getByRole('button', { name: 'Actions for httpbinorg API', exact: true })
      .first()
      .click();
    await panel(page).getByRole('menuitem', { name: 'Export…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export “httpbinorg API”' });
    await expect(exportDialog.getByRole('checkbox', { name: 'Include secret values' })).not.toBeChecked();
    const download = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: button }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`httpbinorg-API${suffix}`);
    await exportDialog.getByRole('button', { name: 'Close', exact: true }).click();

    await openImport(page);
    await importDialog(page)
      .getByLabel('Choose a file')
      .setInputFiles(await file.path());
    await expect(importDialog(page)).toContainText('Collection “httpbinorg API”: 20 requests in 5 folders');
    await importDialog(page).getByRole('button', { name: 'Add to my collections' }).click();
    await expect(importDialog(page)).toBeHidden();
  }

  await expect(tree(page).getByRole('treeitem', { name: 'httpbinorg API', exact: true })).toHaveCount(3);
  // Everything but the ids (new on every import) is the same: names, folders, requests, variables.
  await expect.poll(async () => (await savedCollections(page)).length).toBe(3);
  const [original, fromPostman, fromOurs] = await savedCollections(page);
  expect(fromPostman).toEqual(original);
  expect(fromOurs).toEqual(original);
});

test('the exchange in the current tab downloads as a HAR file', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await page.getByRole('textbox', { name: 'URL' }).fill(`${origin}/httpbin/get?lesson=har`);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(status(page)).toHaveText(/^200 OK/);

  const download = page.waitForEvent('download');
  await response(page).getByRole('button', { name: 'Save as HAR' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^exchange-.+\.har$/);
  const har = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(har.log.version).toBe('1.2');
  expect(har.log.entries).toHaveLength(1);
  const [entry] = har.log.entries;
  expect(entry.request.method).toBe('GET');
  expect(entry.request.url).toBe(`${origin}/httpbin/get?lesson=har`);
  expect(entry.request.queryString).toEqual([{ name: 'lesson', value: 'har' }]);
  expect(entry.response.status).toBe(200);
  expect(JSON.parse(entry.response.content.text).args).toEqual({ lesson: 'har' });
});

test('a broken or hostile file is refused in plain words, and nothing saved changes', async ({ page }) => {
  await page.goto('/');
  await importPostmanFixture(page);
  const before = await savedCollections(page);

  const hostile = [
    {
      name: 'proto.json',
      text: '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      says: /not a collection HTTP Playground can read/,
    },
    { name: 'broken.json', text: '{"info": {"name": "Half", }', says: /not valid JSON: line 1, column \d+/ },
    {
      name: 'huge.json',
      text: `{"pad": "${'x'.repeat(30 * 1024 * 1024)}"}`,
      says: /is 30 MB; HTTP Playground reads files up to 20 MB/,
    },
  ];
  for (const { name, text, says } of hostile) {
    await openImport(page);
    await importDialog(page)
      .getByLabel('Choose a file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(importDialog(page).getByText('Nothing was imported.')).toBeVisible();
    await expect(importDialog(page).getByText(says)).toBeVisible();
    await expect(importDialog(page).getByRole('button', { name: 'Add to my collections' })).toHaveCount(0);
    await importDialog(page).getByRole('button', { name: 'Close', exact: true }).click();
  }

  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  expect(await savedCollections(page)).toEqual(before);
  await page.reload();
  await page.getByRole('button', { name: 'Collections', exact: true }).click();
  await expect(tree(page).getByRole('treeitem', { name: 'httpbinorg API', exact: true })).toBeVisible();
  expect(await savedCollections(page)).toEqual(before);
});

test('an export takes along the environments the user ticks, the active one to begin with', async ({
  page,
}) => {
  await page.goto('/');
  const variable = (name: string, value: string) => ({ name, value, enabled: true, secret: false });
  await writeStored(page, 'environments', {
    v: 1,
    environments: [
      { id: 'e1', name: 'Local', variables: [variable('host', 'http://127.0.0.1')] },
      { id: 'e2', name: 'Staging', variables: [variable('host', 'https://staging.example')] },
    ],
    activeId: 'e1',
  });
  await writeStored(page, 'library', {
    v: 1,
    collections: [
      {
        id: 'c1',
        name: 'Shop',
        description: '',
        items: [],
        variables: [],
        session: { baseUrl: '', headers: [], cookies: true },
      },
    ],
  });
  await page.reload();
  await page.getByRole('button', { name: 'Collections', exact: true }).click();
  await panel(page).getByRole('button', { name: 'Actions for Shop', exact: true }).click();
  await panel(page).getByRole('menuitem', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export “Shop”' });
  const choice = exportDialog.getByRole('group', { name: 'Environments to take along' });
  await expect(choice.getByRole('checkbox', { name: 'Local' })).toBeChecked();
  await expect(choice.getByRole('checkbox', { name: 'Staging' })).not.toBeChecked();

  const exported = async () => {
    const download = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: 'Download HTTP Playground file' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    return file.environments.map((environment: { name: string }) => environment.name);
  };
  expect(await exported()).toEqual(['Local']);
  await choice.getByRole('checkbox', { name: 'Staging' }).check();
  expect(await exported()).toEqual(['Local', 'Staging']);
  await choice.getByRole('checkbox', { name: 'Local' }).uncheck();
  expect(await exported()).toEqual(['Staging']);
});
