import { expect, type Page, test } from '@playwright/test';
import { readStoredJson, writeStored } from '../support/stored.ts';

// Collections: requests kept in folders, saved from a tab with Ctrl+S, marked while they have
// unsaved changes, renamed, duplicated, moved by dragging and by keyboard, deleted with undo,
// searched with history, and still there after a reload or a killed tab.

const urlBox = (page: Page) => page.getByRole('textbox', { name: 'URL' });
const editor = (page: Page) => page.getByRole('region', { name: 'Request editor' });
const openTabs = (page: Page) => page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
const collectionsButton = (page: Page) => page.getByRole('button', { name: 'Collections', exact: true });
const panel = (page: Page) => page.getByRole('region', { name: 'Collections' });
const tree = (page: Page) => panel(page).getByRole('tree', { name: 'Collections' });
const row = (page: Page, name: string) => tree(page).getByRole('treeitem', { name, exact: true });
/** The row's own line, without the rows nested inside it. */
const rowLine = (page: Page, name: string) => row(page, name).locator(':scope > .tree-row');
const panelStatus = (page: Page) => panel(page).getByRole('status');

async function menu(page: Page, name: string, action: string) {
  await panel(page)
    .getByRole('button', { name: `Actions for ${name}`, exact: true })
    .click();
  await panel(page).getByRole('menuitem', { name: action }).click();
}

async function rename(page: Page, from: string, to: string) {
  const field = panel(page).getByRole('textbox', { name: `New name for ${from}` });
  await expect(field).toBeFocused();
  await field.fill(to);
  await field.press('Enter');
}

/** What the app has saved under `key`, read straight from IndexedDB (files show as `{}`). */
const saved = readStoredJson;

/** A stored draft, as a tab would save it. */
function draft(method: string, url: string, headers: { name: string; value: string }[] = []) {
  return {
    method,
    url,
    params: [],
    pathVariables: [],
    headers: headers.map((h) => ({ ...h, enabled: true })),
    body: {
      kind: 'none',
      text: '',
      textContentType: 'text/plain; charset=utf-8',
      fields: [],
      parts: [],
      file: null,
    },
    auth: { type: 'none' },
    followRedirects: true,
    timeoutMs: 300_000,
  };
}

const request = (id: string, name: string, url: string, headers: { name: string; value: string }[] = []) => ({
  type: 'request',
  id,
  name,
  draft: draft('GET', url, headers),
});

/** Puts a library in the browser's storage, as an earlier visit would have left it, and reloads. */
async function seedLibrary(page: Page, collections: unknown[]) {
  await page.goto('/');
  await expect(urlBox(page)).toBeVisible();
  await writeStored(page, 'library', { v: 1, collections });
  await page.reload();
}

const collection = (id: string, name: string, items: unknown[]) => ({
  id,
  name,
  description: '',
  items,
  variables: [],
  session: { baseUrl: '', headers: [], cookies: true },
});

test('a tab is saved into a new collection with Ctrl+S, marked while changed, renamed, duplicated, and kept', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await expect(collectionsButton(page)).toHaveAttribute('aria-expanded', 'false');
  await collectionsButton(page).click();
  await expect(collectionsButton(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(panel(page).getByText('A collection keeps requests you want to send again')).toBeVisible();

  // A collection, and a folder inside it.
  await panel(page).getByRole('button', { name: 'New collection' }).click();
  await rename(page, 'New collection', 'Users API');
  await expect(row(page, 'Users API')).toHaveAttribute('aria-level', '1');
  await expect(row(page, 'Users API')).toBeFocused();
  await menu(page, 'Users API', 'New folder');
  await rename(page, 'New folder', 'Admin');
  await expect(row(page, 'Admin')).toHaveAttribute('aria-level', '2');

  // The current tab, saved with Ctrl+S into the folder.
  await urlBox(page).fill(`${origin}/httpbin/anything/users`);
  await page.getByRole('combobox', { name: 'Method' }).fill('POST');
  await editor(page).getByRole('tab', { name: 'Headers' }).click();
  await editor(page).getByLabel('Header 1 name').fill('X-Role');
  await editor(page).getByLabel('Header 1 value').fill('superuser');
  await urlBox(page).press('ControlOrMeta+s');
  const dialog = page.getByRole('dialog', { name: 'Save request' });
  await expect(dialog.getByLabel('Request name')).toHaveValue('/httpbin/anything/users');
  await dialog.getByLabel('Request name').fill('Create user');
  await dialog.getByLabel('Save in').selectOption({ label: 'Users API / Admin' });
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'POST Create user')).toHaveAttribute('aria-level', '3');
  await expect(openTabs(page).first()).toHaveText(/POST Create user/);
  await expect(openTabs(page).first()).not.toHaveAccessibleDescription('unsaved changes');

  // An edit marks the tab and the saved request; Ctrl+S saves it back, without asking again.
  await urlBox(page).fill(`${origin}/httpbin/anything/users?role=admin`);
  await expect(openTabs(page).first()).toHaveAccessibleDescription('unsaved changes');
  await expect(row(page, 'POST Create user')).toHaveAccessibleDescription('unsaved changes');
  await urlBox(page).press('ControlOrMeta+s');
  await expect(openTabs(page).first()).not.toHaveAccessibleDescription('unsaved changes');
  await expect(row(page, 'POST Create user')).not.toHaveAccessibleDescription('unsaved changes');
  await expect(page.getByRole('dialog')).toBeHidden();

  // F2 renames a row in place, and the tab showing it follows.
  await row(page, 'POST Create user').click();
  await expect(row(page, 'POST Create user')).toBeFocused();
  await page.keyboard.press('F2');
  await rename(page, 'Create user', 'Create admin');
  await expect(row(page, 'POST Create admin')).toBeFocused();
  await expect(openTabs(page).first()).toHaveText(/POST Create admin/);

  // Duplicate puts a copy right after it.
  await menu(page, 'Create admin', 'Duplicate');
  await expect(row(page, 'POST Create admin copy')).toHaveAttribute('aria-posinset', '2');
  await expect(row(page, 'POST Create admin copy')).toBeFocused();

  // A reload brings back the collections, and the tab still linked to its saved request.
  await page.reload();
  await expect(openTabs(page).first()).toHaveText(/POST Create admin/);
  await expect(urlBox(page)).toHaveValue(`${origin}/httpbin/anything/users?role=admin`);
  await collectionsButton(page).click();
  await expect(row(page, 'Users API')).toBeVisible();
  await expect(row(page, 'POST Create admin')).toHaveAttribute('aria-level', '3');
  await expect(row(page, 'POST Create admin copy')).toBeVisible();
  await expect(openTabs(page).first()).not.toHaveAccessibleDescription('unsaved changes');

  // Opening a saved request focuses the tab already showing it, or opens a new one.
  await row(page, 'POST Create admin').click();
  await expect(openTabs(page)).toHaveCount(1);
  await row(page, 'POST Create admin copy').click();
  await expect(openTabs(page)).toHaveCount(2);
  await expect(openTabs(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(openTabs(page).nth(1)).toHaveText(/POST Create admin copy/);
  await editor(page).getByRole('tab', { name: 'Headers' }).click();
  await expect(editor(page).getByLabel('Header 1 value')).toHaveValue('superuser');
});

test('rows move by dragging, by keyboard and with Move to; a delete can be undone', async ({ page }) => {
  await seedLibrary(page, [
    collection('c1', 'Practice', [
      { type: 'folder', id: 'f1', name: 'Folder A', items: [] },
      request('r1', 'One', '/one'),
      request('r2', 'Two', '/two'),
      request('r3', 'Three', '/three'),
    ]),
  ]);
  await collectionsButton(page).click();
  await expect(row(page, 'Folder A')).toBeVisible();

  // Arrow keys, Home and End move through the rows; Left closes a folder, Right opens it.
  // A click on a collection or folder closes or opens it.
  await rowLine(page, 'Practice').click();
  await expect(row(page, 'Practice')).toHaveAttribute('aria-expanded', 'false');
  await expect(row(page, 'Folder A')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(row(page, 'Practice')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('End');
  await expect(row(page, 'GET Three')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(row(page, 'Practice')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(row(page, 'Folder A')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(row(page, 'Folder A')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(row(page, 'Folder A')).toHaveAttribute('aria-expanded', 'true');

  // Dragging a request onto a folder puts it inside.
  await rowLine(page, 'GET One').dragTo(rowLine(page, 'Folder A'));
  await expect(row(page, 'GET One')).toHaveAttribute('aria-level', '3');
  await expect(panelStatus(page)).toHaveText('Moved “One” into “Folder A”.');

  // Alt+Up moves a row one place up among its siblings.
  await row(page, 'GET Three').click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(row(page, 'GET Three')).toHaveAttribute('aria-posinset', '2');
  await expect(row(page, 'GET Two')).toHaveAttribute('aria-posinset', '3');
  await expect(row(page, 'GET Three')).toBeFocused();
  await expect(panelStatus(page)).toHaveText('Moved “Three”: 2 of 3 in “Practice”.');

  // "Move to…" picks a destination folder.
  await menu(page, 'Two', 'Move to…');
  const dialog = page.getByRole('dialog', { name: 'Move “Two”' });
  await dialog.getByLabel('Into').selectOption({ label: 'Practice / Folder A' });
  await dialog.getByRole('button', { name: 'Move here' }).click();
  await expect(row(page, 'GET Two')).toHaveAttribute('aria-level', '3');
  await expect(row(page, 'GET Two')).toBeFocused();

  // Delete, then Ctrl+Z while the tree has focus brings it back.
  await row(page, 'GET Three').click();
  await page.keyboard.press('Delete');
  await expect(row(page, 'GET Three')).toHaveCount(0);
  await expect(panelStatus(page)).toContainText('Deleted “Three”.');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(row(page, 'GET Three')).toBeFocused();
  await expect(panelStatus(page)).toHaveText('Restored “Three”.');

  // Deleting a folder takes what is inside; the Undo button brings it all back.
  await menu(page, 'Folder A', 'Delete');
  await expect(row(page, 'Folder A')).toHaveCount(0);
  await expect(row(page, 'GET One')).toHaveCount(0);
  await panelStatus(page).getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, 'GET One')).toBeVisible();
  await expect(row(page, 'Folder A')).toBeFocused();

  // All of it is kept.
  await page.reload();
  await collectionsButton(page).click();
  await expect(row(page, 'GET One')).toHaveAttribute('aria-level', '3');
  await expect(row(page, 'GET Two')).toHaveAttribute('aria-level', '3');
  await expect(row(page, 'GET Three')).toHaveAttribute('aria-level', '2');
});

test('search finds a saved request by a header value and history by its address, and opens them', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await seedLibrary(page, [
    collection('c1', 'Users API', [
      {
        type: 'folder',
        id: 'f1',
        name: 'Admin',
        items: [
          request('r1', 'Create user', `${origin}/httpbin/headers`, [{ name: 'X-Api-Key', value: 'owl-42' }]),
        ],
      },
      request('r2', 'List users', `${origin}/httpbin/get`),
    ]),
  ]);
  await urlBox(page).fill(`${origin}/httpbin/get?zebra=1`);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('region', { name: 'Response' }).getByLabel('Status')).toHaveText(/^200/);
  await collectionsButton(page).click();
  const search = panel(page).getByRole('searchbox', { name: 'Search collections and history' });
  await search.fill('owl-42');
  const found = panel(page).getByRole('list', { name: 'Saved requests found' }).getByRole('button');
  await expect(found).toHaveCount(1);
  await expect(found).toHaveText(/Users API \/ Admin \/ Create user/);
  await found.click();
  await expect(urlBox(page)).toHaveValue(`${origin}/httpbin/headers`);
  await expect(openTabs(page).last()).toHaveText(/GET Create user/);

  await search.fill('zebra');
  await expect(found).toHaveCount(0);
  const inHistory = panel(page)
    .getByRole('list', { name: 'Sent requests found, newest first' })
    .getByRole('button');
  await expect(inHistory).toHaveCount(1);
  await inHistory.click();
  await expect(urlBox(page)).toHaveValue(`${origin}/httpbin/get?zebra=1`);
});

test('a killed tab loses no collection and no link', async ({ context, page }) => {
  await page.goto('/');
  await collectionsButton(page).click();
  await urlBox(page).press('ControlOrMeta+s');
  const dialog = page.getByRole('dialog', { name: 'Save request' });
  // With no collection yet, the request goes into a new one.
  await dialog.getByLabel('New collection name').fill('Lesson 1');
  await dialog.getByLabel('Request name').fill('First request');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(row(page, 'GET First request')).toBeVisible();
  // Saved at once, before anything tells the page it is going away.
  await expect.poll(() => saved(page, 'library')).toContain('First request');
  await expect.poll(() => saved(page, 'workspace')).toContain('"link":{');
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto('/');
  await expect(openTabs(again).first()).toHaveText(/GET First request/);
  await collectionsButton(again).click();
  await expect(row(again, 'Lesson 1')).toBeVisible();
  await expect(row(again, 'GET First request')).toHaveAttribute('aria-selected', 'true');
});

test('unreadable collections are set aside and the user is told, and the playground goes on', async ({
  page,
}) => {
  await seedLibrary(page, [
    { id: 'c1', name: 42 },
    collection('c2', 'Still here', [request('r1', 'Ping', '/ping')]),
  ]);
  await expect(
    page.getByRole('status').filter({ hasText: 'Some of your saved collections couldn’t be restored' }),
  ).toContainText('1 collection could not be read.');
  await collectionsButton(page).click();
  await expect(row(page, 'Still here')).toBeVisible();
  // What could not be read is kept aside, untouched, before anything is saved over it.
  await expect.poll(() => saved(page, 'library-unreadable')).toContain('"name":42');
  await page.getByRole('button', { name: 'Dismiss the collections notice' }).click();
  await expect(page.getByText('Some of your saved collections couldn’t be restored')).toBeHidden();

  // Garbage under the key: set aside whole, and the user starts with no collections.
  await writeStored(page, 'library', 'garbage');
  await page.reload();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your saved collections couldn’t be restored' }),
  ).toContainText('They were set aside, and you are starting with none.');
  await expect.poll(() => saved(page, 'library-unreadable')).toBe('"garbage"');
  await expect(urlBox(page)).toBeVisible();
});

test('by keyboard alone: the menu opens with Shift+F10, New request opens a tab, settings are kept', async ({
  page,
}) => {
  await seedLibrary(page, [collection('c1', 'Class demo', [])]);
  await collectionsButton(page).click();
  await row(page, 'Class demo').focus();
  await page.keyboard.press('Shift+F10');
  await expect(panel(page).getByRole('menuitem', { name: 'New request' })).toBeFocused();
  await page.keyboard.press('Enter');
  await rename(page, 'New request', 'Echo');
  await expect(row(page, 'GET Echo')).toBeFocused();
  await expect(openTabs(page).last()).toHaveText(/GET Echo/);
  await expect(openTabs(page).last()).toHaveAttribute('aria-selected', 'true');

  await row(page, 'Class demo').focus();
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('End');
  await expect(panel(page).getByRole('menuitem', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(panel(page).getByRole('menuitem', { name: 'New request' })).toBeFocused();
  // A letter moves to the next item starting with it.
  await page.keyboard.press('s');
  await expect(panel(page).getByRole('menuitem', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Collection settings' });
  await dialog.getByLabel('Description').fill('Requests for the first lesson');
  await dialog.getByLabel('Base address').fill('http://127.0.0.1:5000');
  await dialog.getByLabel('Default header 1 name').fill('X-Class');
  await dialog.getByLabel('Default header 1 value').fill('http-101');
  await dialog.getByLabel('Use a cookie jar').uncheck();
  await dialog.getByLabel('New variable name').fill('token');
  await dialog.getByLabel('Variable 1 value').fill('abc');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
  await expect(panelStatus(page)).toHaveText('Saved the settings of “Class demo”.');

  await page.reload();
  await collectionsButton(page).click();
  await menu(page, 'Class demo', 'Settings');
  await expect(dialog.getByLabel('Description')).toHaveValue('Requests for the first lesson');
  await expect(dialog.getByLabel('Base address')).toHaveValue('http://127.0.0.1:5000');
  await expect(dialog.getByLabel('Default header 1 value')).toHaveValue('http-101');
  await expect(dialog.getByLabel('Use a cookie jar')).not.toBeChecked();
  await expect(dialog.getByLabel('Variable 1 name')).toHaveValue('token');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Escape closed the dialog only, not the panel behind it.
  await expect(panel(page)).toBeVisible();
});

test('closing a tab with unsaved changes asks first: keep it, save and close, or close without saving', async ({
  page,
}) => {
  await seedLibrary(page, [collection('c1', 'Practice', [request('r1', 'One', '/one')])]);
  await collectionsButton(page).click();
  await row(page, 'GET One').click();
  const tab = openTabs(page).filter({ hasText: 'GET One' });
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  // The example tab is first; the saved request opens as the second tab each time.
  const closeButton = page.getByRole('button', { name: 'Close tab 2', exact: true });

  // Unchanged: it closes at once.
  await closeButton.click();
  await expect(tab).toHaveCount(0);

  // Changed: the user is asked, and Keep open (or Escape) keeps the tab and its edit.
  await row(page, 'GET One').click();
  await urlBox(page).fill('/one?edited=1');
  await closeButton.click();
  const ask = page.getByRole('dialog', { name: 'Close with unsaved changes?' });
  await expect(ask).toContainText('“One” has changes that are not saved');
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(urlBox(page)).toHaveValue('/one?edited=1');

  // Close without saving: the saved request keeps its old address.
  await closeButton.click();
  await ask.getByRole('button', { name: 'Close without saving' }).click();
  await expect(tab).toHaveCount(0);
  await row(page, 'GET One').click();
  await expect(urlBox(page)).toHaveValue('/one');

  // Save and close: the edit is in the collection when the request is opened again.
  await urlBox(page).fill('/one?kept=1');
  await closeButton.click();
  await ask.getByRole('button', { name: 'Save and close' }).click();
  await expect(tab).toHaveCount(0);
  await row(page, 'GET One').click();
  await expect(urlBox(page)).toHaveValue('/one?kept=1');
  await expect(openTabs(page).filter({ hasText: 'GET One' })).not.toHaveAccessibleDescription(
    'unsaved changes',
  );
});
