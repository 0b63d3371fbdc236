import { once } from 'node:events';
import net from 'node:net';
import { expect, type Page, test } from '@playwright/test';

// A request that got no usable answer still shows what went out and, when the server answered
// something unreadable, the bytes it sent: a broken answer is easiest understood by reading it.

const responseRegion = (page: Page) => page.getByRole('region', { name: 'Response', exact: true });

/** A server on loopback that answers every connection with `reply` and hangs up. */
async function rawServer(reply: string): Promise<{ url: string; close: () => void }> {
  const server = net.createServer((socket) => {
    socket.once('data', () => socket.end(reply));
    socket.on('error', () => undefined);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  return { url: `http://127.0.0.1:${port}/hello`, close: () => server.close() };
}

test('a server that does not speak HTTP: the alert explains, and Wire shows what it sent back', async ({
  page,
}) => {
  const server = await rawServer('HELLO FROM A NOT-HTTP SERVER\r\n\r\n');
  try {
    await page.goto('/');
    await page.getByRole('textbox', { name: 'URL' }).fill(server.url);
    await page.getByRole('button', { name: 'Send' }).click();

    const region = responseRegion(page);
    await expect(region.getByRole('alert')).toBeVisible();
    const views = region.getByRole('tablist', { name: 'What was sent' });
    // The unreadable answer is the story, so its bytes are shown first.
    await expect(views.getByRole('tab', { name: 'Wire' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('group', { name: 'Bytes received', exact: true })).toContainText(
      'HELLO FROM A NOT-HTTP SERVER',
    );
    await expect(page.getByRole('group', { name: 'Bytes sent', exact: true })).toContainText(
      'GET /hello HTTP/1.1',
    );

    await views.getByRole('tab', { name: 'Request' }).click();
    await expect(region.getByText('/hello', { exact: false }).first()).toBeVisible();
  } finally {
    server.close();
  }
});

test('a refused connection sent nothing, so only the alert is shown', async ({ page }) => {
  const server = await rawServer('');
  const { url } = server;
  server.close();
  await page.goto('/');
  await page.getByRole('textbox', { name: 'URL' }).fill(url);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(responseRegion(page).getByRole('alert')).toContainText('Connection refused');
  await expect(responseRegion(page).getByRole('tablist')).toHaveCount(0);
});
