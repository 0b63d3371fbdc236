import { expect, test } from '@playwright/test';

test('the first screen names the app, reports the proxy ready and sends its example offline', async ({
  page,
}) => {
  await page.goto('/');

  await expect(page).toHaveTitle('HTTP Playground');
  await expect(page.getByRole('heading', { level: 1, name: 'HTTP Playground' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Proxy:' })).toHaveText('Proxy: ready');
  // The ready example targets the built-in practice server, so Send works with no network.
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(/\/httpbin\/get\?/);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('region', { name: 'Response' }).getByLabel('Status')).toHaveText(/^200 OK/);
});
