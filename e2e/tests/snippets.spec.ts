import { expect, type Page, test } from '@playwright/test';

// The request as code: the Code button beside Send opens a panel that writes the current request
// in the chosen language, follows every edit, and copies it to the clipboard. (That the code sends
// the same request as the playground is checked by running it: proxy/src/snippets.)

const editor = (page: Page) => page.getByRole('region', { name: 'Request editor' });
const codeButton = (page: Page) => page.getByRole('button', { name: 'Code', exact: true });
const panel = (page: Page) => page.getByRole('region', { name: 'Code', exact: true });
const language = (page: Page) => panel(page).getByRole('combobox', { name: 'Language' });
const code = (page: Page) => panel(page).getByRole('textbox', { name: 'Generated code' });

async function compose(page: Page, method: string, path: string) {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Method' }).fill(method);
  await page.getByRole('textbox', { name: 'URL' }).fill(new URL(path, page.url()).href);
}

test('Code writes the request in the chosen language, copies it, and follows edits', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await compose(page, 'POST', '/httpbin/post?ram[from]=8');
  const origin = new URL(page.url()).origin;
  await editor(page).getByRole('tab', { name: 'Headers' }).click();
  await editor(page).getByLabel('Header 1 name').fill('Spam');
  await editor(page).getByLabel('Header 1 value').fill('Eggs');
  await editor(page).getByRole('tab', { name: 'Auth' }).click();
  await editor(page).getByRole('radio', { name: 'Bearer' }).check();
  await editor(page).getByRole('textbox', { name: 'Token' }).fill('s3cret');

  await expect(codeButton(page)).toHaveAttribute('aria-expanded', 'false');
  await codeButton(page).click();
  await expect(codeButton(page)).toHaveAttribute('aria-expanded', 'true');
  // Keyboard users land on the choice the panel is for.
  await expect(language(page)).toBeFocused();
  await language(page).selectOption({ label: 'Python · requests' });
  await expect(language(page)).toHaveValue('python-requests');
  const python = [
    'import requests',
    '',
    `url = "${origin}/httpbin/post?ram[from]=8"`,
    '',
    'headers = {',
    '    "Spam": "Eggs",',
    '    "Authorization": "Bearer s3cret"',
    '}',
    '',
    'response = requests.post(url, headers=headers)',
    '',
    'print(response.text)',
  ].join('\n');
  await expect(code(page)).toHaveValue(python);
  // The token is shown as typed (it is the user's own screen), with a word of warning.
  await expect(panel(page)).toContainText('The code carries your Authorization header as typed');

  await panel(page).getByRole('button', { name: 'Copy code' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(python);

  // Another language, another program for the same request.
  await language(page).selectOption({ label: 'Shell · curl' });
  await expect(code(page)).toHaveValue(
    [
      'curl --request POST \\',
      '  --globoff \\',
      `  --url '${origin}/httpbin/post?ram[from]=8' \\`,
      "  --header 'Authorization: Bearer s3cret' \\",
      "  --header 'Spam: Eggs'",
    ].join('\n'),
  );
  // What was said about the last copy no longer holds for the new code.
  await expect(panel(page).getByRole('status')).toHaveText('');

  // The panel follows the request as it is edited (and "curl" on screen leaves the page's URL box alone).
  await expect(page.getByLabel('URL')).toHaveCount(1);
  await page.getByRole('textbox', { name: 'URL' }).fill(`${origin}/httpbin/put`);
  await page.getByRole('combobox', { name: 'Method' }).fill('PUT');
  await expect(code(page)).toContainText(`--request PUT \\\n  --url ${origin}/httpbin/put \\`);

  // Our own generators: httpx follows redirects as the playground does.
  await language(page).selectOption({ label: 'Python · httpx' });
  await expect(code(page)).toContainText('response = httpx.put(url, headers=headers, follow_redirects=True)');
  await expect(panel(page)).toContainText('Written by the playground’s own generator');

  // Escape closes the panel and gives focus back to the button; the choice is kept for next time.
  await code(page).press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(codeButton(page)).toBeFocused();
  await page.reload();
  await codeButton(page).click();
  await expect(language(page)).toHaveValue('python-httpx');
});

test('an address that is not finished yet gets a word instead of code', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'URL' }).fill('http://');
  await codeButton(page).click();
  await expect(panel(page)).toContainText('is not a web address yet: finish typing it to see the code.');
  await expect(panel(page).getByRole('button', { name: 'Copy code' })).toBeDisabled();
});
