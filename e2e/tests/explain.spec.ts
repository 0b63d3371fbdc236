import { expect, type Page, test } from '@playwright/test';

// "Explain what is on screen": the chosen verb, the status code, each header and the address's parts
// are explained where they are shown, by buttons a keyboard reaches, in the practice server's
// real exchanges.

const urlBox = (page: Page) => page.getByRole('textbox', { name: 'URL' });
const responseRegion = (page: Page) => page.getByRole('region', { name: 'Response' });
const statusLine = (page: Page) => responseRegion(page).getByLabel('Status');

async function send(page: Page, url: string, expected: RegExp) {
  await urlBox(page).fill(url);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(statusLine(page)).toHaveText(expected);
}

/** The element a disclosure button opens (its aria-controls), once it is open. */
async function panelOf(page: Page, button: ReturnType<Page['getByRole']>) {
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const id = await button.getAttribute('aria-controls');
  expect(id).toBeTruthy();
  return page.locator(`[id="${id}"]`);
}

test('a status code is explained beside it: class, meaning, causes, what to do, and Escape closes it', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await send(page, `${origin}/httpbin/status/404`, /^404 Not Found/);

  const explain = responseRegion(page).getByRole('button', { name: 'What does 404 mean?' });
  await expect(explain).toHaveAttribute('aria-expanded', 'false');
  await explain.click();
  const panel = await panelOf(page, explain);
  await expect(panel).toContainText('4xx: Client error.');
  await expect(panel).toContainText('The server has nothing at this address');
  await expect(panel).toContainText('Common causes');
  await expect(panel).toContainText('A typo in the path');
  await expect(panel).toContainText('What to do next');
  await expect(panel).toContainText('RFC 9110 §15.5.5');
  // The page's own names still point at one element each with the explanation open.
  await expect(page.getByLabel('Status')).toHaveCount(1);
  await expect(page.getByLabel('Method')).toHaveCount(1);
  await expect(page.getByLabel('URL')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await expect(explain).toHaveAttribute('aria-expanded', 'false');
  await expect(explain).toBeFocused();
  await expect(page.getByText('A typo in the path')).toHaveCount(0);

  // 401 says to log in, points at the Auth tab, and shows the WWW-Authenticate this answer carried.
  await send(page, `${origin}/httpbin/basic-auth/user/passwd`, /^401 Unauthorized/);
  const explain401 = responseRegion(page).getByRole('button', { name: 'What does 401 mean?' });
  await explain401.focus();
  await page.keyboard.press('Enter');
  const panel401 = await panelOf(page, explain401);
  await expect(panel401).toContainText('You need to log in');
  await expect(panel401).toContainText('see the Auth tab');
  await expect(panel401).toContainText('WWW-Authenticate: Basic realm="Fake Realm"');

  // 403 is "logged in, and still not allowed".
  await send(page, `${origin}/httpbin/status/403`, /^403 Forbidden/);
  await responseRegion(page).getByRole('button', { name: 'What does 403 mean?' }).click();
  await expect(responseRegion(page)).toContainText('You are logged in, and still not allowed');
});

test('picking POST shows what it means, its properties and its REST use', async ({ page }) => {
  await page.goto('/');
  const method = page.getByRole('combobox', { name: 'Method' });
  await page.getByRole('button', { name: 'Show the standard verbs' }).click();
  await page.getByRole('listbox', { name: 'Standard verbs' }).getByRole('option', { name: 'POST' }).click();
  await expect(method).toHaveValue('POST');

  // Keyboard: the explanation button is the next stop after the method box.
  await method.focus();
  await page.keyboard.press('Tab');
  const about = page.getByRole('button', { name: 'About POST' });
  await expect(about).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = await panelOf(page, about);

  const properties = panel.getByRole('table', { name: 'Properties of POST' });
  await expect(properties.getByRole('row', { name: /^Safe No/ })).toBeVisible();
  await expect(properties.getByRole('row', { name: /^Idempotent No/ })).toBeVisible();
  await expect(properties.getByRole('row', { name: /^Cacheable Sometimes/ })).toBeVisible();
  await expect(properties.getByRole('row', { name: /^Request body Yes/ })).toBeVisible();
  await expect(panel).toContainText('In a REST API: Create.');
  const course = panel.getByRole('table', { name: "The course's table (seed 000)" });
  await expect(course.getByRole('row')).toHaveCount(6);
  await expect(
    course.getByRole('row', { name: /^POST Create Resource No No Sometimes Yes Yes$/ }),
  ).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(about).toHaveAttribute('aria-expanded', 'false');
  await expect(about).toBeFocused();

  // A verb of one's own is explained as custom, without made-up properties.
  await method.fill('PURGE');
  await page.getByRole('button', { name: 'About PURGE' }).click();
  await expect(page.getByText(/PURGE is not one of HTTP's own methods/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Properties of PURGE' })).toHaveCount(0);
});

test('headers are explained in the received headers table and in the request Headers tab', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await send(page, `${origin}/httpbin/response-headers?X-Made-Up=1&Cache-Control=max-age%3D60`, /^200 OK/);
  await responseRegion(page).getByRole('tab', { name: 'Headers' }).click();

  const cacheControl = responseRegion(page).getByRole('button', {
    name: 'Explain received header Cache-Control',
  });
  await cacheControl.click();
  const panel = await panelOf(page, cacheControl);
  await expect(panel).toContainText('Rules for caches');
  await expect(panel).toContainText('Sent in requests and in answers.');
  await cacheControl.click();
  await expect(cacheControl).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText('Rules for caches')).toHaveCount(0);

  // Known headers get a button, whatever their case on the wire; a made-up one gets none.
  await expect(responseRegion(page).getByRole('row', { name: /^X-Made-Up 1/i })).toBeVisible();
  await expect(
    responseRegion(page).getByRole('button', { name: /Explain received header x-made-up/i }),
  ).toHaveCount(0);
  await expect(
    responseRegion(page).getByRole('button', { name: /Explain received header content-type/i }),
  ).toHaveCount(1);

  // The request side: a typed header gets its explanation under the table.
  const editor = page.getByRole('region', { name: 'Request editor' });
  await editor.getByRole('tab', { name: 'Headers' }).click();
  await editor.getByLabel('Header 1 name').fill('accept');
  await editor.getByLabel('Header 1 value').fill('application/json');
  const accept = editor.getByRole('button', { name: 'Explain header accept' });
  await accept.focus();
  await page.keyboard.press('Enter');
  const acceptPanel = await panelOf(page, accept);
  await expect(acceptPanel).toContainText('The media types the client would like back');
  await expect(acceptPanel).toContainText('Sent by clients, in requests.');
});

test('the address parts are shown, with the implied port and the fragment marked not sent', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  const port = new URL(origin).port;
  await urlBox(page).fill(`${origin}/httpbin/anything/a b?x=caf%C3%A9&y=1+2#section-2`);

  const parts = page.getByRole('button', { name: 'Address parts' });
  await parts.click();
  const panel = await panelOf(page, parts);
  const table = panel.getByRole('table', { name: 'Parts of the address' });
  await expect(table.getByRole('row', { name: /^Scheme http Plain HTTP/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Host 127\.0\.0\.1 An IP address/ })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`^Port ${port} The TCP port`) })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Path \/httpbin\/anything\/a%20b / })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Fragment Not sent to the server section-2/ })).toBeVisible();
  const query = panel.getByRole('table', { name: 'Query pairs, decoded' });
  await expect(query.getByRole('row', { name: 'x café' })).toBeVisible();
  await expect(query.getByRole('row', { name: 'y 1 2' })).toBeVisible();
  await expect(panel).toContainText('GET /httpbin/anything/a%20b?x=caf%C3%A9&y=1+2 HTTP/1.1');
  await page.keyboard.press('Escape');
  await expect(parts).toBeFocused();

  // What the panel says is what happens: the request line as sent is the one predicted, with no fragment.
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(statusLine(page)).toHaveText(/^200 OK/);
  await responseRegion(page).getByRole('tab', { name: 'Request', exact: true }).click();
  const sent = responseRegion(page).getByRole('region', { name: 'Request 1' });
  await expect(sent).toContainText('GET /httpbin/anything/a%20b?x=caf%C3%A9&y=1+2 HTTP/1.1');
  await expect(sent).not.toContainText('section-2');

  // A default port not written is shown as implied; a broken address gets a plain-words problem.
  await parts.click();
  const again = await panelOf(page, parts);
  // It stays open while the address is typed, and follows it.
  await urlBox(page).fill('https://example.com/');
  await expect(again.getByRole('row', { name: /^Port \(implied\) 443 Not written/ })).toBeVisible();
  await urlBox(page).fill('https://exa mple.com/');
  await expect(again).toContainText('has a space in it, which a host name cannot have');
});
