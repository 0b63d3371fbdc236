import { expect, type Page, test } from '@playwright/test';
import { readStoredJson, writeStored } from '../support/stored.ts';

// Drafts are kept in the browser (IndexedDB) as the user types: a reload or a killed tab loses nothing.

const editor = (page: Page) => page.getByRole('region', { name: 'Request editor' });
const openTabs = (page: Page) => page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
const method = (page: Page) => page.getByRole('combobox', { name: 'Method' });
const urlBox = (page: Page) => page.getByRole('textbox', { name: 'URL' });

async function openPart(page: Page, name: 'Params' | 'Headers' | 'Body') {
  await editor(page).getByRole('tab', { name }).click();
}

/** What the app has saved so far, read straight from IndexedDB (files show as `{}`). */
const savedWorkspace = (page: Page) => readStoredJson(page, 'workspace');

/** Two tabs: a JSON POST with params and a header, and a PUT; the first one is left active. */
async function composeTwoTabs(page: Page, origin: string) {
  await method(page).fill('POST');
  await urlBox(page).fill(`${origin}/httpbin/anything?lesson=persist&page=2`);
  await openPart(page, 'Headers');
  await editor(page).getByLabel('Header 1 name').fill('X-Course');
  await editor(page).getByLabel('Header 1 value').fill('http');
  await openPart(page, 'Body');
  await editor(page).getByRole('radio', { name: 'JSON' }).check();
  await expect(editor(page).locator('.monaco-editor')).toBeVisible();
  await editor(page).getByRole('textbox', { name: 'Request body' }).focus();
  await page.keyboard.insertText('{"name": "Ada"}');
  await expect(editor(page).getByText('Valid JSON.')).toBeVisible();

  await page.getByRole('button', { name: 'New request tab' }).click();
  await method(page).fill('PUT');
  await urlBox(page).fill(`${origin}/httpbin/put?draft=two`);
  await openTabs(page).first().click();
}

async function expectTwoTabsBack(page: Page, origin: string) {
  await expect(openTabs(page)).toHaveCount(2);
  await expect(openTabs(page).first()).toHaveAttribute('aria-selected', 'true');
  await expect(method(page)).toHaveValue('POST');
  await expect(urlBox(page)).toHaveValue(`${origin}/httpbin/anything?lesson=persist&page=2`);
  await openPart(page, 'Params');
  await expect(editor(page).getByLabel('Param 1 name')).toHaveValue('lesson');
  await expect(editor(page).getByLabel('Param 2 value')).toHaveValue('2');
  await openPart(page, 'Headers');
  await expect(editor(page).getByLabel('Header 1 name')).toHaveValue('X-Course');
  await expect(editor(page).getByLabel('Header 1 value')).toHaveValue('http');
  await openPart(page, 'Body');
  await expect(editor(page).getByRole('radio', { name: 'JSON' })).toBeChecked();
  await expect(editor(page).getByText('Valid JSON.')).toBeVisible();
  await expect(editor(page).locator('.monaco-editor .view-lines')).toContainText('Ada');

  await openTabs(page).nth(1).click();
  await expect(method(page)).toHaveValue('PUT');
  await expect(urlBox(page)).toHaveValue(`${origin}/httpbin/put?draft=two`);
}

test('a reload brings back every tab, its draft, and the active tab', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await composeTwoTabs(page, origin);
  // No waiting for the debounced save: leaving the page saves at once.
  await page.reload();
  await expectTwoTabsBack(page, origin);
});

test('a killed tab loses nothing that was typed', async ({ context, page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await composeTwoTabs(page, origin);
  // Saved while typing, before anything tells the page it is going away.
  await expect.poll(() => savedWorkspace(page)).toContain('/httpbin/put?draft=two');
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto('/');
  await expectTwoTabsBack(again, origin);
});

test('a first visit starts with the example request, and a corrupt save with a fresh one', async ({
  page,
}) => {
  await page.goto('/');
  await expect(urlBox(page)).toHaveValue(/\/httpbin\/get\?course=http&lesson=1$/);
  await expect.poll(() => savedWorkspace(page)).toContain('course=http');

  // Something else wrote garbage under the workspace key.
  await writeStored(page, 'workspace', { v: 1, tabs: 'oops' });
  await page.reload();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your saved tabs couldn’t be restored' }),
  ).toBeVisible();
  await expect(urlBox(page)).toHaveValue(/\/httpbin\/get\?course=http&lesson=1$/);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('Your saved tabs couldn’t be restored')).toBeHidden();
});
