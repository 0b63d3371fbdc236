import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, TEST_TOKEN, testApp } from '../testing/app.ts';
import { fakeWebDist } from '../testing/listening-app.ts';

describe("a published snapshot's short link", () => {
  it('opens the app page, with its launch key and policy, never cached', async () => {
    const app = await testApp({ webDist: await fakeWebDist() });
    for (const path of [
      '/s/AbCdEfGhIjKlMnOpQrStUvWx',
      '/s/AbCdEfGhIjKlMnOpQrStUvWx?present',
      '/s/not-an-id/',
    ]) {
      const response = await app.request(`${LOCAL_ORIGIN}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      const html = await response.text();
      expect(html).toContain('<div id="root">');
      expect(html).toContain(`<meta name="playground-token" content="${TEST_TOKEN}">`);
    }
  });

  it('asks for the access code first in a classroom, then comes back to the snapshot', async () => {
    const app = await testApp({
      webDist: await fakeWebDist(),
      mode: 'shared',
      host: '0.0.0.0',
      accessCode: 'owl-42',
    });
    const response = await app.request('http://playground.test/s/AbCdEfGhIjKlMnOpQrStUvWx');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `/access?next=${encodeURIComponent('/s/AbCdEfGhIjKlMnOpQrStUvWx')}`,
    );
  });
});
