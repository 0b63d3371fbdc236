import { expect, type Page, test } from '@playwright/test';

// Every sent request is kept in the browser's history: listed newest first, searchable, reopened in
// a new tab, kept across reloads, and cleared on request.

const urlBox = (page: Page) => page.getByRole('textbox', { name: 'URL' });
const status = (page: Page) => page.getByRole('region', { name: 'Response' }).getByLabel('Status');
const historyButton = (page: Page) => page.getByRole('button', { name: 'History', exact: true });
const panel = (page: Page) => page.getByRole('region', { name: 'History' });
const entries = (page: Page) => panel(page).getByRole('listitem').getByRole('button');

async function send(page: Page, url: string, expected: RegExp) {
  await urlBox(page).fill(url);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(status(page)).toHaveText(expected);
}

test('sent requests are listed, searchable, reopened in a tab, kept on reload, and cleared', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await send(page, `${origin}/httpbin/get?a=1`, /^200 OK/);
  await send(page, `${origin}/httpbin/status/404`, /^404 Not Found/);

  // Both runs are recorded though the panel was never opened; the newest comes first.
  await expect(historyButton(page)).toHaveAttribute('aria-expanded', 'false');
  await historyButton(page).click();
  await expect(historyButton(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(
    panel(page).getByText('History keeps the requests you sent, not their responses.'),
  ).toBeVisible();
  await expect(entries(page)).toHaveCount(2);
  await expect(entries(page).first()).toContainText('GET /httpbin/status/404');
  await expect(entries(page).first()).toContainText('404 Not Found');
  await expect(entries(page).nth(1)).toContainText('GET /httpbin/get?a=1');
  await expect(entries(page).nth(1)).toContainText('200 OK');
  await expect(entries(page).first()).toContainText(/\d ms|\d\.\d\d s/);
  await expect(entries(page).first()).toContainText('just now');

  // Search narrows the list.
  const search = panel(page).getByRole('searchbox', { name: 'Search history' });
  await search.fill('a=1');
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page).first()).toContainText('200 OK');
  await search.fill('');
  await expect(entries(page)).toHaveCount(2);

  // Reopening an entry opens its request in a new tab.
  const tabs = page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
  await expect(tabs).toHaveCount(1);
  await entries(page).nth(1).click();
  await expect(tabs).toHaveCount(2);
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(urlBox(page)).toHaveValue(`${origin}/httpbin/get?a=1`);
  await expect(page.getByRole('combobox', { name: 'Method' })).toHaveValue('GET');
  await expect(panel(page)).toBeHidden();
  await expect(historyButton(page)).toBeFocused();

  // History outlives the page.
  await page.reload();
  await historyButton(page).click();
  await expect(entries(page)).toHaveCount(2);
  await expect(entries(page).first()).toContainText('404 Not Found');

  // Clearing asks once more, then empties it, also after a reload.
  await panel(page).getByRole('button', { name: 'Clear history' }).click();
  await panel(page).getByRole('button', { name: 'Yes, clear' }).click();
  await expect(entries(page)).toHaveCount(0);
  await expect(panel(page).getByText('Nothing sent yet.')).toBeVisible();
  await page.reload();
  await historyButton(page).click();
  await expect(panel(page).getByText('Nothing sent yet.')).toBeVisible();
});

test('the cap keeps only the newest requests, and Escape closes the panel', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await historyButton(page).click();
  const cap = panel(page).getByLabel('Keep at most');
  await expect(cap).toHaveValue('200');
  await cap.fill('2');
  await cap.press('Enter');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();

  for (const code of [201, 202, 204])
    await send(page, `${origin}/httpbin/status/${code}`, new RegExp(`^${code}`));
  await historyButton(page).press('Enter');
  await expect(entries(page)).toHaveCount(2);
  await expect(entries(page).first()).toContainText('204');
  await expect(entries(page).nth(1)).toContainText('202');
});
