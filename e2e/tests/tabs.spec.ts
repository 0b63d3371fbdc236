import { expect, test } from '@playwright/test';

test('request tabs are in flight at once, each keeping its own response', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  const url = page.getByRole('textbox', { name: 'URL' });
  const status = page.getByRole('region', { name: 'Response' }).getByLabel('Status');

  // Tab 1: a slow answer, left running.
  await url.fill(`${origin}/httpbin/delay/2`);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();

  // Tab 2: a quick 404 while tab 1 is still waiting.
  await page.getByRole('button', { name: 'New request tab' }).click();
  await url.fill(`${origin}/httpbin/status/404`);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(status).toHaveText(/^404 Not Found/);

  // Back on tab 1, its own request finishes with its own response.
  const tabs = page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
  await expect(tabs).toHaveCount(2);
  await tabs.first().click();
  await expect(url).toHaveValue(`${origin}/httpbin/delay/2`);
  await expect(status).toHaveText(/^200 OK/, { timeout: 10_000 });

  // And tab 2 still shows its 404.
  await tabs.nth(1).click();
  await expect(status).toHaveText(/^404 Not Found/);
});
