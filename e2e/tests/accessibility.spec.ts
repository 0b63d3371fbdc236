import { expect, test } from '@playwright/test';

test('a failure is the page’s only alert, even after the code editor has loaded', async ({ page }) => {
  await page.goto('/');
  // Open the JSON body editor, which loads Monaco (it adds live regions of its own to the page).
  await page.getByRole('combobox', { name: 'Method' }).fill('POST');
  await page.getByRole('tablist', { name: 'Request parts' }).getByRole('tab', { name: 'Body' }).click();
  await page.getByRole('radio', { name: 'JSON' }).check();
  await expect(page.locator('.monaco-editor').first()).toBeVisible();

  // https:// to the playground's own plain-HTTP port fails without any HTTP response.
  const origin = new URL(page.url()).origin;
  await page.getByRole('textbox', { name: 'URL' }).fill(origin.replace('http://', 'https://'));
  await page.getByRole('button', { name: 'Send' }).click();

  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('HTTPS');
});

test('the names DESIGN.md gives each resolve to exactly one element, whatever the address says', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  // An address full of the page's own words: status, headers, body, response, method, url.
  await page
    .getByRole('textbox', { name: 'URL' })
    .fill(`${origin}/httpbin/anything/status/headers?response=body&method=url`);
  await page.getByRole('button', { name: 'Send' }).click();

  await expect(page.getByLabel('Status')).toHaveText(/^200 OK/);
  await expect(page.getByRole('region', { name: 'Response' })).toHaveCount(1);
  await expect(page.getByLabel('Method')).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Method' })).toHaveCount(1);
  await expect(page.getByLabel('URL')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Send' })).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
  for (const name of ['Params', 'Headers', 'Body', 'Auth']) {
    await expect(page.getByRole('region', { name: 'Request editor' }).getByRole('tab', { name })).toHaveCount(
      1,
    );
  }
  for (const name of ['Body', 'Headers']) {
    await expect(page.getByRole('region', { name: 'Response' }).getByRole('tab', { name })).toHaveCount(1);
  }
  for (const name of ['Pretty', 'Raw']) {
    await expect(page.getByRole('region', { name: 'Response' }).getByRole('tab', { name })).toHaveCount(1);
  }
});
