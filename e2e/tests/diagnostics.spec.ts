import { expect, type Page, test } from '@playwright/test';

// "Diagnostics on each response, in plain words": the Checks view reads the practice server's real
// answers and says what a learner should notice (CORS first), with a count of things worth fixing
// on its tab and buttons that try what it suggests.

const urlBox = (page: Page) => page.getByRole('textbox', { name: 'URL' });
const responseRegion = (page: Page) => page.getByRole('region', { name: 'Response' });
const statusLine = (page: Page) => responseRegion(page).getByLabel('Status');
const checksTab = (page: Page) => responseRegion(page).getByRole('tab', { name: 'Checks' });
const finding = (page: Page, title: string | RegExp) =>
  responseRegion(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title }) });

async function send(page: Page, url: string, expected: RegExp) {
  await urlBox(page).fill(url);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(statusLine(page)).toHaveText(expected);
}

async function openChecks(page: Page) {
  await checksTab(page).click();
  await expect(checksTab(page)).toHaveAttribute('aria-selected', 'true');
}

test('the course\'s Flask "Hello" served as text/html is flagged, and counted on the tab', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  // httpbin's /base64 answers the decoded text as a Flask view would: "Hello" as text/html.
  await send(page, `${origin}/httpbin/base64/SGVsbG8=`, /^200 OK/);

  // One thing worth fixing; the number is shown on the tab but is not part of its name.
  await expect(checksTab(page)).toHaveText('Checks1');
  await openChecks(page);
  const card = finding(page, /Plain text served as text\/html/);
  await expect(card).toContainText('Worth fixing');
  await expect(card).toContainText("This is the course's Flask example");
  await expect(card).toContainText('Content-Type:text/html; charset=utf-8');
  await expect(card).toContainText('Body starts with:Hello');
  await expect(card).toContainText('Send Content-Type: text/plain; charset=utf-8');
  // Named at the top too, as the CORS notes come first.
  await expect(responseRegion(page)).toContainText(
    '1 warning worth fixing, and 6 notes on what this response means.Worth fixing Plain text served as text/html',
  );
  // Plain http to this computer is a note, not a warning.
  await expect(finding(page, 'Plain http, on your own computer: fine for learning')).toContainText('Note');

  // Real HTML is not flagged: the count goes away.
  await send(page, `${origin}/httpbin/html`, /^200 OK/);
  await expect(checksTab(page)).toHaveText('Checks');
  await openChecks(page);
  await expect(responseRegion(page)).toContainText('Nothing to fix.');
});

test('CORS comes first: who could read this with fetch, and why the playground is not blocked', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await send(page, `${origin}/httpbin/response-headers?Access-Control-Allow-Origin=*`, /^200 OK/);
  await openChecks(page);
  const headings = responseRegion(page).getByRole('heading', { level: 4 });
  await expect(headings.first()).toHaveText(
    /Could a page on another site read this with fetch\(\)\? Yes, any site can \(without cookies\)\./,
  );
  // Header names as the server sent them (this one writes them in lower case).
  await expect(finding(page, /read this with fetch/)).toContainText(/access-control-allow-origin:\*/i);
  // httpbin also says credentials are allowed, which means nothing next to *.
  await expect(finding(page, 'Access-Control-Allow-Credentials: true has no effect next to *')).toBeVisible();
  // Notes start folded: their title says enough at a glance, and opens to the why.
  const playground = finding(page, 'The playground itself is never blocked by CORS');
  const why = playground.getByText('the proxy on your computer sends the request');
  await expect(why).toBeHidden();
  await playground.getByRole('heading').click();
  await expect(why).toBeVisible();

  // The REST resource sends no CORS headers: a page could not read it. Trying with an Origin, as a
  // page's fetch would send, puts the header in the request and asks again.
  await send(page, `${origin}/practice/todos`, /^200 OK/);
  await openChecks(page);
  const verdict = finding(page, /read this with fetch\(\)\? No\./);
  await expect(verdict).toContainText('has no Access-Control-Allow-Origin header');
  await verdict.getByRole('button', { name: 'Try again with an Origin' }).click();
  await expect(statusLine(page)).toHaveText(/^200 OK/);
  await responseRegion(page).getByRole('tab', { name: 'Request' }).click();
  await expect(responseRegion(page)).toContainText('Origin: https://example.org');
  await openChecks(page);
  await expect(finding(page, /read this with fetch\(\)\? No\./)).toContainText(
    'the server answers with Access-Control-Allow-Origin: https://example.org',
  );
});

test('a DELETE would need a preflight; trying it sends the OPTIONS and judges the answer', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await page.getByRole('combobox', { name: 'Method' }).fill('DELETE');
  await send(page, `${origin}/httpbin/delete`, /^200 OK/);
  await openChecks(page);
  const preflight = finding(page, 'A page would first ask permission with a preflight (OPTIONS)');
  await expect(preflight).toContainText('the method DELETE is not GET, HEAD or POST');
  await expect(preflight).toContainText('Access-Control-Allow-Methods listing DELETE');

  // The preflight opens in a tab of its own, so the DELETE being composed stays as it was.
  await preflight.getByRole('button', { name: 'Try the preflight' }).click();
  await expect(page.getByRole('combobox', { name: 'Method' })).toHaveValue('OPTIONS');
  await expect(statusLine(page)).toHaveText(/^200 OK/);
  await openChecks(page);
  const answer = finding(page, 'This is a preflight. Would the browser go on with the DELETE? Yes.');
  await expect(answer).toContainText(/access-control-allow-origin:https:\/\/example\.org/i);
  await expect(answer).toContainText(/access-control-allow-methods:GET, POST, PUT, DELETE, PATCH, OPTIONS/i);
  await expect(answer).toContainText('remembers this answer for 3600 seconds');
});

test('a cookie set without Secure, HttpOnly and SameSite is named, even when set by a redirect', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await send(page, `${origin}/httpbin/cookies/set?flavour=oatmeal`, /^200 OK/);
  await openChecks(page);
  const card = finding(page, 'Cookie "flavour" is set without Secure, HttpOnly, SameSite');
  await expect(card).toContainText('Worth fixing');
  await expect(card).toContainText('Set-Cookie:flavour=oatmeal; Path=/');
  await expect(card).toContainText('Scripts on the page can read it (document.cookie)');
});

test('caching in plain words, and a conditional request that gets 304', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await send(page, `${origin}/httpbin/cache/60`, /^200 OK/);
  await openChecks(page);
  await expect(finding(page, 'A browser may reuse this for 60 seconds without asking again')).toBeVisible();
  const directives = finding(page, 'Cache-Control: public, max-age=60, directive by directive');
  await directives.getByRole('heading').click();
  await expect(directives.getByText('Any cache may keep it')).toBeVisible();
  await expect(directives.getByText('Fresh for 60 seconds')).toBeVisible();

  // /cache sends ETag and Last-Modified (the ETag without quotes, as httpbin does) and answers a
  // conditional request with 304.
  await send(page, `${origin}/httpbin/cache`, /^200 OK/);
  await expect(checksTab(page)).toHaveText('Checks1');
  await openChecks(page);
  await expect(finding(page, 'The ETag is not in double quotes')).toContainText('Worth fixing');
  const summary = finding(page, 'A browser may keep a copy, but must check with the server before each use');
  await expect(summary).toContainText('it asks the server with If-None-Match:');
  await summary.getByRole('button', { name: 'Try again with If-None-Match' }).click();
  await expect(statusLine(page)).toHaveText(/^304 Not Modified/);
  await openChecks(page);
  await expect(finding(page, '304 Not Modified: the copy you have is still good')).toContainText(
    'If-None-Match:',
  );
  // The header went into the request being composed, where the learner can see and remove it.
  const editor = page.getByRole('region', { name: 'Request editor' });
  await editor.getByRole('tab', { name: 'Headers' }).click();
  await expect(editor.getByLabel('Header 1 name')).toHaveValue('If-None-Match');
  await expect(editor.getByLabel('Header 1 value')).toHaveValue(/^[0-9a-f]{32}$/);
});
