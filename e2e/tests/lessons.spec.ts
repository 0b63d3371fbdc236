import { expect, type Page, test } from '@playwright/test';

// The Learn panel: short lessons whose steps open ready requests to the practice server in new
// tabs, say what to expect and what to notice, and remember which steps were tried.

const learnButton = (page: Page) => page.getByRole('button', { name: 'Learn', exact: true });
const panel = (page: Page) => page.getByRole('region', { name: 'Learn' });
const response = (page: Page) => page.getByRole('region', { name: 'Response' });
const tabs = (page: Page) => page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');

/** The "Try it" button of the step with this title, in the open lesson. */
function tryStep(page: Page, title: string) {
  return panel(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title }) })
    .getByRole('button', { name: 'Try it' });
}

async function openLesson(page: Page, title: string) {
  await page.goto('/');
  await learnButton(page).click();
  await expect(learnButton(page)).toHaveAttribute('aria-expanded', 'true');
  await panel(page)
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .click();
  await expect(panel(page).getByRole('heading', { name: title, level: 3 })).toBeVisible();
}

test('a REST lesson step opens its request in a new tab, ready to send, and is remembered', async ({
  page,
}) => {
  await openLesson(page, 'A REST resource, end to end');
  const origin = new URL(page.url()).origin;
  const step = panel(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Create: POST' }) });
  await expect(step).toContainText('Expect: 201 Created');
  await expect(step).toContainText('What to notice:');
  await expect(step).toContainText('the Location header gives the new todo’s address');

  await expect(tabs(page)).toHaveCount(1);
  await tryStep(page, 'Create: POST').click();
  await expect(tabs(page)).toHaveCount(2);
  await expect(tabs(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('combobox', { name: 'Method' })).toHaveValue('POST');
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(`${origin}/practice/todos`);
  // The panel stays open beside the request, so what to notice can be read next to the answer.
  await expect(panel(page)).toBeVisible();
  await expect(step.getByRole('heading')).toContainText('✓ tried');

  await page.getByRole('button', { name: 'Send' }).click();
  await expect(response(page).getByLabel('Status')).toHaveText(/^201 Created/);
  await response(page).getByRole('tab', { name: 'Headers' }).click();
  await expect(response(page).getByRole('row', { name: /^location \/practice\/todos\/\d+/i })).toBeVisible();

  // The tried step is kept across a reload, and shown in the list of lessons.
  await page.reload();
  await learnButton(page).click();
  await expect(panel(page).getByRole('button', { name: /^A REST resource, end to end/ })).toContainText(
    '1 of 8 tried',
  );
  await panel(page)
    .getByRole('button', { name: /^A REST resource, end to end/ })
    .click();
  await expect(panel(page).getByRole('heading', { name: /Create: POST/ })).toContainText('✓ tried');
  await panel(page).getByRole('button', { name: 'Start over' }).click();
  await expect(panel(page).getByRole('heading', { name: /Create: POST/ })).not.toContainText('tried');

  // Escape closes the panel and gives focus back to the Learn button.
  await panel(page).getByRole('button', { name: '← All lessons' }).press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(learnButton(page)).toBeFocused();
});

test('the certificate lesson shows an expired certificate refused, and a verified one accepted', async ({
  page,
}) => {
  await openLesson(page, 'HTTPS and certificate errors');
  await expect(panel(page).getByRole('listitem').filter({ hasText: 'An expired certificate' })).toContainText(
    'Expect: no response: certificate expired',
  );

  await tryStep(page, 'An expired certificate').click();
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(
    /^https:\/\/expired\.practice\.localhost:\d+\/$/,
  );
  await page.getByRole('button', { name: 'Send' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Certificate expired');
  await expect(alert).toContainText(
    /expired\.practice\.localhost presented a certificate that expired on \d{4}-\d\d-\d\d/,
  );
  await expect(alert.getByText('The certificate the server presented')).toBeVisible();
  await expect(alert).toContainText('CN=expired.practice.localhost');

  await tryStep(page, 'A verified connection').click();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(response(page).getByLabel('Status')).toHaveText(/^200 OK/);
  await response(page).getByRole('tab', { name: 'TLS' }).click();
  await expect(response(page)).toContainText('HTTP Playground Practice CA');
});

test('an open lesson about status codes leaves the page’s own names unique', async ({ page }) => {
  await openLesson(page, 'Status codes: how it went');
  await tryStep(page, '404: an error is still a response').click();
  await page.getByRole('button', { name: 'Send' }).click();

  await expect(page.getByLabel('Status')).toHaveText(/^404 Not Found/);
  await expect(page.getByRole('button', { name: 'Send' })).toHaveCount(1);
  await expect(page.getByLabel('Method')).toHaveCount(1);
  await expect(page.getByLabel('URL')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Response' })).toHaveCount(1);
  // An HTTP error status is a response, not a failure: no alert.
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('every lesson opens from the list, and its first step sends and gets what the lesson says to expect', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  await learnButton(page).click();
  const lessonButtons = panel(page).getByRole('list').first().getByRole('button');
  await expect(lessonButtons.first()).toBeVisible();
  const count = await lessonButtons.count();
  expect(count).toBeGreaterThanOrEqual(13);

  for (let index = 0; index < count; index += 1) {
    const lesson = panel(page).getByRole('list').first().getByRole('button').nth(index);
    await lesson.click();
    const title = panel(page).getByRole('heading', { level: 3 });
    await expect(title).toBeVisible();
    const firstStep = panel(page).getByRole('listitem').first();
    const expectation = (await firstStep.locator('.learn-expect').textContent()) ?? '';
    await firstStep.getByRole('button', { name: 'Try it' }).click();
    await page.getByRole('button', { name: 'Send' }).click();
    const code = /^Expect: (\d{3})/.exec(expectation)?.[1];
    if (code) {
      await expect(response(page).getByLabel('Status'), `${await title.textContent()}`).toHaveText(
        new RegExp(`^${code}`),
      );
    } else {
      await expect(page.getByRole('alert'), `${await title.textContent()}`).toBeVisible();
    }
    await panel(page).getByRole('button', { name: '← All lessons' }).click();
  }
});
