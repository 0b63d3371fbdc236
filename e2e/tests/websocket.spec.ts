import { expect, type Page, test } from '@playwright/test';

// A ws:// address opens a WebSocket conversation through the proxy: Connect shows the opening
// handshake (the 101 answer and its headers), posted messages come back from the practice echo, and
// Disconnect ends it with close code 1000, explained in words.

const conversation = (page: Page) => page.getByRole('region', { name: 'WebSocket conversation' });

test('the practice echo: connect, see the 101 handshake, post a message, see it echoed, disconnect with 1000', async ({
  page,
}) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await page
    .getByRole('textbox', { name: 'URL' })
    .fill(`${origin.replace('http://', 'ws://')}/practice/ws/echo`);
  // Send gives way to Connect for a WebSocket address.
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Connect' }).click();

  const panel = conversation(page);
  await expect(panel.getByText('Opening handshake: 101 Switching Protocols')).toBeVisible();
  await expect(panel.getByText(/^Sec-WebSocket-Accept$/i)).toBeVisible();
  await expect(panel.getByText(/^Sec-WebSocket-Key$/i)).toBeVisible();
  const messages = panel.getByRole('list', { name: 'Messages' }).getByRole('listitem');
  await expect(messages).toHaveCount(1);
  await expect(messages.first()).toContainText('Received');
  await expect(messages.first()).toContainText('practice echo');

  const box = panel.getByRole('textbox', { name: 'Message' });
  await box.fill('Hello, WebSocket');
  await box.press('Control+Enter');
  await expect(messages).toHaveCount(3);
  await expect(messages.nth(1)).toContainText('Sent');
  await expect(messages.nth(1)).toContainText('Hello, WebSocket');
  await expect(messages.nth(2)).toContainText('Received');
  await expect(messages.nth(2)).toContainText('Hello, WebSocket');
  await expect(box).toHaveValue('');

  await box.fill('second, by the button');
  await panel.getByRole('button', { name: 'Post message' }).click();
  await expect(messages).toHaveCount(5);
  await expect(messages.nth(4)).toContainText('second, by the button');

  await page.getByRole('button', { name: 'Disconnect' }).click();
  await expect(panel.getByText(/close code 1000: normal closure/)).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText(/^Closed/);
  await expect(panel.getByRole('button', { name: 'Post message' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Connect' })).toBeVisible();

  // Back to an HTTP address, Send is back.
  await page.getByRole('textbox', { name: 'URL' }).fill(`${origin}/httpbin/get`);
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  await expect(conversation(page)).toHaveCount(0);
});

test('a server that is not there is explained in words', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'URL' }).fill('ws://127.0.0.1:9/nothing-here');
  await page.getByRole('textbox', { name: 'URL' }).press('Enter');
  const alert = conversation(page).getByRole('alert');
  await expect(alert).toContainText(/refused/i);
  await expect(page.getByRole('button', { name: 'Connect' })).toBeVisible();
});
