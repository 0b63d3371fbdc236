import { expect, type Page, test } from '@playwright/test';

// Presenter mode, for a projector: type 1.35 times larger, high contrast, thick focus rings, the
// code editor included; turned on from the header or by a `?present` link, and remembered.

const toggle = (page: Page) => page.getByRole('button', { name: 'Presenter mode' });

/** The page's base type size, its text and background colours, and a focused control's ring width. */
const looks = (page: Page) =>
  page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    return {
      fontSize: Number.parseFloat(root.fontSize),
      color: getComputedStyle(document.body).color,
      background: root.backgroundColor,
    };
  });

/** WCAG contrast ratio of two `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((n) => {
      const c = Number(n) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('the header switch turns presenter mode on and off, and it is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  const normal = await looks(page);

  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  const presenting = await looks(page);
  expect(presenting.fontSize / normal.fontSize).toBeCloseTo(1.35, 2);
  expect(contrast(presenting.color, presenting.background)).toBeGreaterThan(
    contrast(normal.color, normal.background),
  );
  expect(contrast(presenting.color, presenting.background)).toBeGreaterThanOrEqual(19);

  // The focus ring is thicker: reach the switch from the keyboard, wherever it sits in the header.
  await page.getByRole('heading', { name: 'HTTP Playground' }).click();
  for (
    let presses = 0;
    presses < 40 && !(await toggle(page).evaluate((el) => el === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(toggle(page)).toBeFocused();
  expect(await toggle(page).evaluate((el) => getComputedStyle(el).outlineWidth)).toBe('4px');

  // The code editor's type follows.
  await page.getByRole('combobox', { name: 'Method' }).fill('POST');
  await page.getByRole('tablist', { name: 'Request parts' }).getByRole('tab', { name: 'Body' }).click();
  await page.getByRole('radio', { name: 'JSON' }).check();
  const editorLine = page.locator('.monaco-editor .view-lines').first();
  await expect(editorLine).toBeVisible();
  await expect.poll(() => editorLine.evaluate((el) => getComputedStyle(el).fontSize)).toBe('19px');

  await page.reload();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  expect((await looks(page)).fontSize).toBeCloseTo(presenting.fontSize, 1);

  await toggle(page).press('Enter');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  expect((await looks(page)).fontSize).toBe(normal.fontSize);
  await page.reload();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
});

test('a ?present link opens in presenter mode', async ({ page }) => {
  await page.goto('/?present');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  expect((await looks(page)).fontSize).toBeCloseTo(15 * 1.35, 1);

  // Turned off, it stays off even though the address asked for it.
  await toggle(page).click();
  await expect(page).not.toHaveURL(/present/);
  await page.reload();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
});
