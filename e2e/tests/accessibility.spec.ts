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
