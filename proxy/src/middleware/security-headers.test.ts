import { LAUNCH_TOKEN_HEADER } from '@playground/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, pageHeaders, TEST_TOKEN, testApp } from '../testing/app.ts';
import { fakeWebDist } from '../testing/listening-app.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  app = await testApp({ webDist: await fakeWebDist() });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(`${LOCAL_ORIGIN}${path}`, { headers });

describe('the app page', () => {
  it('carries the launch key, is never cached, and has a strict policy', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain(`<meta name="playground-token" content="${TEST_TOKEN}">`);

    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain('script-src 127.0.0.1:8787/assets/');
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self' http: https:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it("serves the page for the app's own routes, but never for an unknown API path", async () => {
    expect(await (await get('/collections/42')).text()).toContain('playground-token');
    const api = await get('/api/nothing-here', pageHeaders());
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
  });

  it('sends the API its headers too, and no CORS', async () => {
    const response = await get('/api/health', { Origin: LOCAL_ORIGIN, [LAUNCH_TOKEN_HEADER]: TEST_TOKEN });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the practice server', () => {
  it.each([
    ['/httpbin/html', 'text/html'],
    ['/httpbin/base64/PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg', 'text/html'],
    ['/httpbin/image/svg', 'image/svg+xml'],
    ['/httpbin/xml', 'application/xml'],
    ['/httpbin/response-headers?Content-Type=text/html&x=%3Cscript%3E', 'text/html'],
  ])('sandboxes %s (%s): opened directly, it cannot run on the app’s origin', async (path, type) => {
    const response = await get(path);
    expect(response.headers.get('content-type')).toContain(type);
    expect(response.headers.get('content-security-policy')).toMatch(/(^|, )sandbox$/);
  });

  it('keeps a policy the request asked for, and adds the sandbox to it', async () => {
    const response = await get(
      '/httpbin/response-headers?Content-Type=text/html&Content-Security-Policy=img-src%20*',
    );
    expect(response.headers.get('content-security-policy')).toBe('img-src *, sandbox');
  });

  it('leaves plainly passive answers as httpbin sends them', async () => {
    for (const path of ['/httpbin/get', '/httpbin/image/png', '/practice/todos']) {
      const response = await get(path);
      expect(response.headers.get('content-security-policy'), path).toBeNull();
      expect(response.headers.get('x-frame-options'), path).toBeNull();
    }
  });
});
