import { expect, test } from '@playwright/test';

test('the home page names the app and reports the proxy as ready', async ({ page }) => {
  await page.goto('/');

  await expect(page).toHaveTitle('HTTP Playground');
  await expect(page.getByRole('heading', { level: 1, name: 'HTTP Playground' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('request composer is coming');
  await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText('Proxy: ready');
});
