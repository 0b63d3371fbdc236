import { expect, type Locator, type Page, test } from '@playwright/test';
import { writeStored } from '../support/stored.ts';

// Cookies work as in a browser, or Python's requests.Session: a cookie a server sets goes out with
// later requests to that host only, and the jar can be seen, edited and cleared.

const urlBox = (page: Page) => page.getByRole('textbox', { name: 'URL' });
const panel = (page: Page) => page.getByRole('region', { name: 'Cookies', exact: true });
const cookiesButton = (page: Page) => page.getByRole('button', { name: 'Cookies', exact: true });
const rows = (page: Page) =>
  panel(page).getByRole('table', { name: 'Cookies in this jar' }).locator('tbody tr');

/** Sends `url` and returns the body as the Raw view shows it. */
async function send(page: Page, url: string): Promise<string> {
  await urlBox(page).fill(url);
  await page.getByRole('button', { name: 'Send' }).click();
  const response = page.getByRole('region', { name: 'Response', exact: true });
  await expect(response.getByRole('status', { name: 'Status' })).toHaveText(/^200 OK/);
  await response.getByRole('tab', { name: 'Raw' }).click();
  const body: Locator = response.getByRole('region', { name: 'Received body' });
  await expect(body).toContainText('"cookies"');
  return ((await body.textContent()) ?? '').replace(/↪/g, '').replace(/\s+/g, '');
}

test('a cookie set by one request goes out with the next to the same host only', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  // The same server under another name: still loopback, but another host to the cookie jar.
  const otherHost = origin.replace('127.0.0.1', 'localhost');
  expect(otherHost).not.toBe(origin);

  // /cookies/set answers with Set-Cookie and a redirect to /cookies, which already gets it back.
  expect(await send(page, `${origin}/httpbin/cookies/set?flavour=oat`)).toContain(
    '"cookies":{"flavour":"oat"}',
  );
  expect(await send(page, `${origin}/httpbin/cookies`)).toContain('"cookies":{"flavour":"oat"}');
  expect(await send(page, `${otherHost}/httpbin/cookies`)).toContain('"cookies":{}');

  // The panel shows the jar of requests in no collection.
  await cookiesButton(page).click();
  await expect(cookiesButton(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(panel(page)).toContainText('Jar: Requests in no collection.');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByRole('rowheader')).toHaveText('flavour');
  await expect(rows(page).first().getByLabel('Value of cookie flavour')).toHaveValue('oat');
  await expect(rows(page).first().getByRole('cell')).toContainText(['127.0.0.1', '/', 'Session']);

  // Deleted, it no longer goes out.
  await panel(page).getByRole('button', { name: 'Delete cookie flavour for 127.0.0.1/' }).click();
  await expect(panel(page).getByText('No cookies yet.')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Close cookies' }).click();
  expect(await send(page, `${origin}/httpbin/cookies`)).toContain('"cookies":{}');
});

test('a cookie the jar refuses is explained in the Cookies panel', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  // A site may not set cookies for another site's domain; the jar refuses it as a browser would.
  await urlBox(page).fill(`${origin}/httpbin/response-headers?Set-Cookie=bad%3Dx%3B%20Domain%3Dexample.com`);
  await page.getByRole('button', { name: 'Send' }).click();
  const response = page.getByRole('region', { name: 'Response', exact: true });
  await expect(response.getByRole('status', { name: 'Status' })).toHaveText(/^200 OK/);
  await cookiesButton(page).click();
  await expect(panel(page).getByText('The last response set cookies that were refused:')).toBeVisible();
  await expect(panel(page).getByRole('listitem')).toHaveText([
    'Cookie “bad”: the server tried to set a cookie for example.com from 127.0.0.1: a site may only set cookies for its own host name or a domain it is part of.',
  ]);
  await expect(panel(page).getByText('No cookies yet.')).toBeVisible();
});

test('the jar can be edited by hand, survives a reload, and is cleared after asking', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await send(page, `${origin}/httpbin/cookies/set?flavour=rye`);

  await page.reload();
  expect(await send(page, `${origin}/httpbin/cookies`)).toContain('"cookies":{"flavour":"rye"}');

  // Edit a value, and add a cookie by hand (for the host the address goes to).
  await cookiesButton(page).click();
  await panel(page).getByLabel('Value of cookie flavour').fill('spelt');
  await panel(page).getByLabel('New cookie name').fill('lang');
  await panel(page).getByLabel('New cookie value').fill('en');
  await expect(panel(page).getByLabel('New cookie domain')).toHaveValue('127.0.0.1');
  await panel(page).getByRole('button', { name: 'Add cookie' }).click();
  await expect(rows(page)).toHaveCount(2);
  // A name a server could never send is refused, in words.
  await panel(page).getByLabel('New cookie name').fill('two words');
  await panel(page).getByRole('button', { name: 'Add cookie' }).click();
  await expect(panel(page).getByText('A cookie name can’t hold spaces')).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  await panel(page).getByRole('button', { name: 'Close cookies' }).click();
  await expect(cookiesButton(page)).toBeFocused();

  const body = await send(page, `${origin}/httpbin/cookies`);
  expect(body).toContain('"flavour":"spelt"');
  expect(body).toContain('"lang":"en"');

  // Clearing asks once more; the jar stays empty after a reload.
  await cookiesButton(page).click();
  await panel(page).getByRole('button', { name: 'Clear all cookies' }).click();
  await panel(page).getByRole('button', { name: 'Yes, clear them' }).click();
  await expect(panel(page).getByText('No cookies yet.')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Close cookies' }).click();
  await page.reload();
  expect(await send(page, `${origin}/httpbin/cookies`)).toContain('"cookies":{}');
});

test('a collection’s requests share its own jar, apart from requests in no collection', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  const request = (id: string, name: string, url: string) => ({
    type: 'request',
    id,
    name,
    draft: {
      method: 'GET',
      url,
      params: [],
      pathVariables: [],
      headers: [],
      body: { kind: 'none', text: '', textContentType: 'text/plain', fields: [], parts: [], file: null },
      auth: { type: 'none' },
      followRedirects: true,
      timeoutMs: 300_000,
    },
  });
  const library = {
    v: 1,
    collections: [
      {
        id: 'c1',
        name: 'Bakery',
        description: '',
        items: [request('r1', 'Set', `${origin}/httpbin/cookies/set?bread=sourdough`)],
        variables: [],
        session: { baseUrl: '', headers: [], cookies: true },
      },
    ],
  };
  await writeStored(page, 'library', library);
  await page.reload();

  const collections = page.getByRole('button', { name: 'Collections', exact: true });
  await collections.click();
  await page.getByRole('treeitem', { name: 'GET Set', exact: true }).click();
  await collections.click();
  await page.getByRole('button', { name: 'Send' }).click();
  const response = page.getByRole('region', { name: 'Response', exact: true });
  await expect(response.getByRole('status', { name: 'Status' })).toHaveText(/^200 OK/);
  await cookiesButton(page).click();
  await expect(panel(page)).toContainText('Jar: Bakery.');
  await expect(rows(page).getByRole('rowheader')).toHaveText(['bread']);
  await panel(page).getByRole('button', { name: 'Close cookies' }).click();

  // A new tab is in no collection: the scratch jar, which has not seen the collection's cookie.
  await page.getByRole('button', { name: 'New request tab' }).click();
  expect(await send(page, `${origin}/httpbin/cookies`)).toContain('"cookies":{}');
  await cookiesButton(page).click();
  await expect(panel(page)).toContainText('Jar: Requests in no collection.');
  await expect(panel(page).getByText('No cookies yet.')).toBeVisible();
});
