import { type Browser, expect, type Page, test } from '@playwright/test';

// Sharing a collection: a link with the collection inside (it never reaches a server) opens in a
// fresh browser profile with the same requests, which send; a published snapshot opens read-only
// at /s/<id>, can be saved as a copy, and its publisher can delete it; a cut, edited or deleted
// link gets a clear page, never a blank one.

const response = (page: Page) => page.getByRole('region', { name: 'Response', exact: true });
const status = (page: Page) => response(page).getByRole('status', { name: 'Status' });
const collectionsPanel = (page: Page) => page.getByRole('region', { name: 'Collections' });
const shareDialog = (page: Page) => page.getByRole('dialog', { name: 'Share “Class demo”' });
const sharedPanel = (page: Page) => page.getByRole('region', { name: 'Class demo' });
const sharedRequest = (page: Page, name: string) =>
  sharedPanel(page).getByRole('listitem').filter({ hasText: name });

/** A collection in our own format: a variable for the address, a secret, a folder. */
function classDemo(origin: string, description = 'Requests for today’s lesson.') {
  const draft = (method: string, url: string, headers: { name: string; value: string }[] = []) => ({
    method,
    url,
    params: [],
    pathVariables: [],
    headers: headers.map((h) => ({ ...h, enabled: true })),
    body: {
      kind: method === 'POST' ? 'json' : 'none',
      text: method === 'POST' ? '{"title":"learn HTTP"}' : '',
      textContentType: 'application/json',
      fields: [],
      parts: [],
      file: null,
    },
    auth: { type: 'none' },
    followRedirects: true,
    timeoutMs: 30_000,
  });
  return JSON.stringify({
    format: 'http-playground',
    v: 1,
    collection: {
      id: 'demo',
      name: 'Class demo',
      description,
      items: [
        {
          type: 'request',
          id: 'r1',
          name: 'Echo a query',
          draft: draft('GET', '{{base}}/httpbin/get?from=link'),
        },
        {
          type: 'request',
          id: 'r2',
          name: 'Show my headers',
          draft: draft('GET', '{{base}}/httpbin/headers', [
            { name: 'Authorization', value: 'Bearer {{token}}' },
          ]),
        },
        {
          type: 'folder',
          id: 'f1',
          name: 'Writing',
          items: [
            {
              type: 'request',
              id: 'r3',
              name: 'Create a todo',
              draft: draft('POST', '{{base}}/practice/todos'),
            },
          ],
        },
      ],
      variables: [
        { name: 'base', value: origin, enabled: true, secret: false },
        { name: 'token', value: 's3cret-token', enabled: true, secret: true },
      ],
      session: { baseUrl: '', headers: [], cookies: true },
    },
    environments: [],
  });
}

async function importText(page: Page, text: string) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Or paste a curl command or JSON').fill(text);
  await dialog.getByRole('button', { name: 'Read pasted text' }).click();
  await dialog.getByRole('button', { name: 'Add to my collections' }).click();
  await expect(dialog).toBeHidden();
}

async function openShareDialog(page: Page) {
  await collectionsPanel(page).getByRole('button', { name: 'Actions for Class demo', exact: true }).click();
  await collectionsPanel(page).getByRole('menuitem', { name: 'Share…' }).click();
  await expect(shareDialog(page)).toBeVisible();
}

/** A page in a browser profile of its own: nothing of the sender's storage. */
async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

/** Sends the tab, waits for a 2xx, and returns what the raw body view shows once it holds `expected`. */
async function sendAndRead(page: Page, expected: string): Promise<string> {
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(status(page)).toHaveText(/^20\d/);
  await response(page).getByRole('tab', { name: 'Raw' }).click();
  // Long lines wrap with a ↪ mark; the text is read without them.
  const text = async () => (await response(page).textContent())?.replace(/↪/g, '') ?? '';
  await expect.poll(text).toContain(expected);
  return text();
}

test('a collection shared by link opens in a fresh profile with the same requests, which send', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await importText(page, classDemo(origin));
  await openShareDialog(page);

  const dialog = shareDialog(page);
  await expect(dialog.getByRole('checkbox', { name: 'Include secret values' })).not.toBeChecked();
  await expect(dialog.getByText('Secret values travel blank (1 left out).')).toBeVisible();
  await expect(dialog.getByText(/never reaches one/)).toBeVisible();
  const link = await dialog.getByRole('textbox', { name: 'Link', exact: true }).inputValue();
  expect(link).toMatch(new RegExp(`^${origin}/#share=[A-Za-z0-9_-]+$`));
  // For a projector, the same link opens in presenter mode.
  await dialog.getByRole('checkbox', { name: /Open in presenter mode/ }).check();
  await expect(dialog.getByRole('textbox', { name: 'Link', exact: true })).toHaveValue(
    link.replace('/#share=', '/?present#share='),
  );
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();

  const other = await freshPage(browser, baseURL);
  await other.goto(link);
  const panel = sharedPanel(other);
  await expect(panel.getByText('Shared collection · read-only')).toBeVisible();
  await expect(panel.getByText('Requests for today’s lesson.')).toBeVisible();
  await expect(panel.getByText('3 requests · carried in the link itself')).toBeVisible();
  await expect(panel.locator('.shared-request')).toHaveText([
    /GET\s*Echo a query\s*\{\{base\}\}\/httpbin\/get\?from=link/,
    /GET\s*Show my headers\s*\{\{base\}\}\/httpbin\/headers/,
    /POST\s*Create a todo\s*\{\{base\}\}\/practice\/todos/,
  ]);

  // Open puts the request in a tab, its variables filled in, and it sends.
  await sharedRequest(other, 'Echo a query').getByRole('button', { name: 'Open' }).click();
  await expect(other.getByRole('textbox', { name: 'URL' })).toHaveValue(`${origin}/httpbin/get?from=link`);
  await sendAndRead(other, '"from":"link"');

  // The secret stayed behind: the header goes out without it.
  await sharedRequest(other, 'Show my headers').getByRole('button', { name: 'Open' }).click();
  const headers = await sendAndRead(other, '"Authorization"');
  expect(headers).toContain('"Authorization":"Bearer"');
  expect(headers).not.toContain('s3cret');

  // Nothing was kept until "Save a copy".
  await other.getByRole('button', { name: 'Collections', exact: true }).click();
  await expect(collectionsPanel(other).getByRole('treeitem')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Save a copy' }).click();
  await expect(panel.getByText('A copy is in your collections.')).toBeVisible();
  await expect(
    collectionsPanel(other).getByRole('treeitem', { name: 'Class demo', exact: true }),
  ).toBeVisible();

  // Opened with ?present, the page starts in presenter mode.
  await other.goto(link.replace('/#share=', '/?present#share='));
  await expect(panel.getByRole('button', { name: 'Save a copy' })).toBeVisible();
  await expect(other.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  await other.getByRole('button', { name: 'Presenter mode' }).click();

  // Closing the shared collection goes back to the plain playground; the copy stays.
  await panel.getByRole('button', { name: 'Close shared collection' }).click();
  await expect(panel).toBeHidden();
  expect(new URL(other.url()).hash).toBe('');
  await other.reload();
  await other.getByRole('button', { name: 'Collections', exact: true }).click();
  await expect(
    collectionsPanel(other).getByRole('treeitem', { name: 'Class demo', exact: true }),
  ).toBeVisible();
  await other.context().close();
});

test('a published snapshot opens read-only, is saved as a copy, and once deleted says so', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  // A description no compression can shrink: the link would be too long to pass around.
  let seed = 7;
  const noise = Array.from({ length: 14_000 }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return 'abcdefghijklmnopqrstuvwxyz0123456789'[seed % 36];
  }).join('');
  await importText(page, classDemo(origin, `Notes: ${noise}`));
  await openShareDialog(page);
  const dialog = shareDialog(page);
  await expect(dialog.getByText(/too long to pass around/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Link', exact: true })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Publish snapshot' }).click();
  const shortLink = await dialog.getByRole('textbox', { name: 'Short link' }).inputValue();
  expect(shortLink).toMatch(new RegExp(`^${origin}/s/[A-Za-z0-9_-]{24}$`));
  await expect(dialog.getByText(/^Available until /)).toBeVisible();
  await dialog.getByText(/^My published snapshots/).click();
  await expect(dialog.locator('.published-list li')).toHaveCount(1);
  await expect(dialog.locator('.published-list li')).toContainText('Class demo');

  const other = await freshPage(browser, baseURL);
  await other.goto(shortLink);
  const panel = sharedPanel(other);
  await expect(panel.getByText(/3 requests · published .+, available until /)).toBeVisible();
  await sharedRequest(other, 'Echo a query').getByRole('button', { name: 'Open' }).click();
  await sendAndRead(other, '"from":"link"');
  await panel.getByRole('button', { name: 'Save a copy' }).click();
  await expect(panel.getByText('A copy is in your collections.')).toBeVisible();

  // The publisher deletes it; the link then shows a clear page, and the copy is still there.
  await dialog.getByRole('button', { name: 'Delete snapshot' }).click();
  await expect(dialog.getByText('The snapshot was deleted; its link no longer opens.')).toBeVisible();
  await expect(dialog.locator('.published-list li')).toHaveCount(0);
  await other.reload();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Shared collection not found');
  await expect(other.getByText('its publisher deleted it')).toBeVisible();
  await other.getByRole('link', { name: 'Go to the playground' }).click();
  await expect(other.getByRole('textbox', { name: 'URL' })).toBeVisible();
  await other.getByRole('button', { name: 'Collections', exact: true }).click();
  await expect(
    collectionsPanel(other).getByRole('treeitem', { name: 'Class demo', exact: true }),
  ).toBeVisible();
  await other.context().close();
});

test('a cut, edited or unknown link gets a clear page, never a blank one', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await importText(page, classDemo(origin));
  await openShareDialog(page);
  const link = await shareDialog(page).getByRole('textbox', { name: 'Link', exact: true }).inputValue();
  const payload = link.slice(link.indexOf('#share=') + '#share='.length);

  const heading = page.getByRole('heading', { level: 1 });
  const cases = [
    {
      url: `/#share=${payload.slice(0, -6)}`,
      title: 'This share link cannot be opened',
      words: /incomplete or was changed/,
    },
    {
      url: `/#share=${payload.slice(0, 40)}${payload[40] === 'A' ? 'B' : 'A'}${payload.slice(41)}`,
      title: 'This share link cannot be opened',
      words: /incomplete or was changed/,
    },
    {
      url: `/#share=${payload.slice(0, 30)}%22${payload.slice(30)}`,
      title: 'This share link cannot be opened',
      words: /characters a share link never has/,
    },
    {
      url: '/s/not-a-real-id',
      title: 'This share link cannot be opened',
      words: /not a snapshot link the playground made/,
    },
    { url: '/s/AAAAAAAAAAAAAAAAAAAAAAAA', title: 'Shared collection not found', words: /does not exist/ },
  ];
  for (const { url, title, words } of cases) {
    await page.goto('about:blank');
    await page.goto(url);
    await expect(heading).toHaveText(title);
    await expect(page.getByText(words)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the playground' })).toHaveAttribute('href', '/');
  }
});
