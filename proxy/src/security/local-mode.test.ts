import { ApiErrorBody, LAUNCH_TOKEN_HEADER } from '@playground/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TOKEN } from '../testing/app.ts';
import { listeningApp } from '../testing/listening-app.ts';
import { type RawResponse, rawRequest } from '../testing/raw-http.ts';

// A local playground must not be usable by other websites through the learner's browser: by DNS
// rebinding (a foreign Host), by a cross-site form or fetch, or by a WebSocket from another origin.

let playground: Awaited<ReturnType<typeof listeningApp>>;
let host = '';
beforeAll(async () => {
  playground = await listeningApp();
  host = `127.0.0.1:${playground.port}`;
});
afterAll(() => playground.close());

const spec = JSON.stringify({ method: 'GET', url: 'http://127.0.0.1:9/' });

function post(headers: string[], body = spec): Promise<RawResponse> {
  return rawRequest(
    playground.port,
    ['POST /api/run HTTP/1.1', ...headers, `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close'],
    body,
  );
}

function expectRefused(response: RawResponse, code: string): void {
  expect(response.status).toBe(403);
  expect(response.headers['access-control-allow-origin']).toBeUndefined();
  const { error } = ApiErrorBody.parse(JSON.parse(response.body));
  expect(error).toMatchObject({ kind: 'blocked', code });
}

describe('the Host allow-list', () => {
  it.each(['evil.example', 'rebind.attacker.test', 'localhost.evil.example', '127.0.0.1.nip.io'])(
    'refuses requests addressed to %s at the right port, whatever the path',
    async (name) => {
      for (const path of ['/', '/api/health', '/httpbin/get', '/assets/index.js']) {
        const response = await rawRequest(playground.port, [
          `GET ${path} HTTP/1.1`,
          `Host: ${name}:${playground.port}`,
          'Connection: close',
        ]);
        expectRefused(response, 'FOREIGN_HOST');
        expect(response.body).not.toContain(TEST_TOKEN);
      }
    },
  );

  it('refuses a loopback name at another port, and a request with no Host', async () => {
    expectRefused(
      await rawRequest(playground.port, [
        'GET / HTTP/1.1',
        `Host: 127.0.0.1:${playground.port + 1}`,
        'Connection: close',
      ]),
      'FOREIGN_HOST',
    );
    const noHost = await rawRequest(playground.port, ['GET / HTTP/1.0']);
    expect([400, 403]).toContain(noHost.status);
    expect(noHost.body).not.toContain(TEST_TOKEN);
  });

  it.each(['127.0.0.1', 'localhost', 'LOCALHOST', '[::1]'])('answers %s at its port', async (name) => {
    const response = await rawRequest(playground.port, [
      'GET /api/health HTTP/1.1',
      `Host: ${name}:${playground.port}`,
      'Connection: close',
    ]);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ status: 'ok' });
  });
});

describe('only the playground page may call the API', () => {
  it('refuses a cross-site POST with text/plain (a "simple" request that needs no preflight)', async () => {
    const response = await post([
      `Host: ${host}`,
      'Origin: https://evil.example',
      'Content-Type: text/plain;charset=UTF-8',
      'Sec-Fetch-Site: cross-site',
    ]);
    expectRefused(response, 'FOREIGN_ORIGIN');
  });

  it('refuses a cross-site POST with no Content-Type, even carrying the launch key', async () => {
    const response = await post([
      `Host: ${host}`,
      'Origin: https://evil.example',
      `${LAUNCH_TOKEN_HEADER}: ${TEST_TOKEN}`,
    ]);
    expectRefused(response, 'FOREIGN_ORIGIN');
  });

  it('refuses the opaque origin of a sandboxed frame or file: page', async () => {
    expectRefused(await post([`Host: ${host}`, 'Origin: null']), 'FOREIGN_ORIGIN');
  });

  it('refuses another port of localhost (another program on this computer)', async () => {
    expectRefused(
      await post([`Host: ${host}`, 'Origin: http://localhost:5000', 'Sec-Fetch-Site: same-site']),
      'FOREIGN_ORIGIN',
    );
  });

  it.each(['cross-site', 'same-site'])('refuses Sec-Fetch-Site: %s without an Origin', async (site) => {
    const response = await post([
      `Host: ${host}`,
      `Sec-Fetch-Site: ${site}`,
      `${LAUNCH_TOKEN_HEADER}: ${TEST_TOKEN}`,
      'Content-Type: application/json',
    ]);
    expectRefused(response, 'CROSS_SITE');
  });

  it('refuses a same-origin call without the launch key, or with a wrong one', async () => {
    const own = [`Host: ${host}`, `Origin: http://${host}`, 'Sec-Fetch-Site: same-origin'];
    expectRefused(await post([...own, 'Content-Type: application/json']), 'LAUNCH_TOKEN');
    expectRefused(
      await post([...own, 'Content-Type: application/json', `${LAUNCH_TOKEN_HEADER}: ${'x'.repeat(40)}`]),
      'LAUNCH_TOKEN',
    );
    const uploads = await rawRequest(
      playground.port,
      ['PUT /api/blobs HTTP/1.1', ...own, 'Content-Length: 5', 'Connection: close'],
      'hello',
    );
    expectRefused(uploads, 'LAUNCH_TOKEN');
  });

  it('refuses a preflight from another origin without any CORS header', async () => {
    const response = await rawRequest(playground.port, [
      'OPTIONS /api/run HTTP/1.1',
      `Host: ${host}`,
      'Origin: https://evil.example',
      'Access-Control-Request-Method: POST',
      'Access-Control-Request-Headers: content-type, x-playground-token',
      'Connection: close',
    ]);
    expectRefused(response, 'FOREIGN_ORIGIN');
    expect(response.headers['access-control-allow-methods']).toBeUndefined();
  });

  it.each([
    ['a foreign Origin', ['Origin: https://evil.example'], 'FOREIGN_ORIGIN'],
    ['its own Origin but no launch key', [`Origin: http://127.0.0.1:PORT`], 'LAUNCH_TOKEN'],
  ])('refuses a WebSocket upgrade to /api with %s', async (_, extra, code) => {
    const response = await rawRequest(playground.port, [
      'GET /api/ws HTTP/1.1',
      `Host: ${host}`,
      'Connection: Upgrade',
      'Upgrade: websocket',
      'Sec-WebSocket-Version: 13',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      ...extra.map((line) => line.replace('PORT', String(playground.port))),
    ]);
    expectRefused(response, code);
    expect(response.headers['sec-websocket-accept']).toBeUndefined();
  });

  it("accepts the page's own call: same origin, with the launch key", async () => {
    const response = await fetch(`${playground.origin}/api/run`, {
      method: 'POST',
      headers: {
        Origin: playground.origin,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
        [LAUNCH_TOKEN_HEADER]: TEST_TOKEN,
      },
      body: JSON.stringify({ method: 'GET', url: `${playground.origin}/httpbin/get` }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await response.text()).toContain('"status":200');
  });
});

describe('the practice server is a target, not the API', () => {
  it('keeps httpbin’s CORS answer for any origin, and holds nothing of the app', async () => {
    const response = await fetch(`${playground.origin}/httpbin/get`, {
      headers: { Origin: 'https://learner-page.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://learner-page.example');
    expect(await response.text()).not.toContain(TEST_TOKEN);
  });

  it("does not show another website the cookies of this computer's other local apps", async () => {
    // Cookies belong to a host, not a port: a Flask app's session on 127.0.0.1:5000 comes along too.
    const cookie = 'session=flask-app-secret';
    const foreign = await fetch(`${playground.origin}/httpbin/cookies`, {
      headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site', Cookie: cookie },
    });
    expect(await foreign.json()).toEqual({ cookies: {} });

    const posted = await fetch(`${playground.origin}/httpbin/post`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', Cookie: cookie, 'Content-Type': 'text/plain' },
      body: 'still echoed',
    });
    const echo = (await posted.json()) as { data: string; headers: Record<string, string> };
    expect(echo.data).toBe('still echoed');
    expect(echo.headers.Cookie).toBeUndefined();

    const own = await fetch(`${playground.origin}/httpbin/cookies`, { headers: { Cookie: cookie } });
    expect(await own.json()).toEqual({ cookies: { session: 'flask-app-secret' } });
  });
});

describe('pnpm dev', () => {
  it("accepts the Vite dev server's loopback origins, and only in dev", async () => {
    const dev = await listeningApp({ devPort: 5173 });
    try {
      for (const origin of ['http://localhost:5173', 'http://127.0.0.1:5173']) {
        const response = await fetch(`${dev.origin}/api/blobs`, {
          method: 'PUT',
          headers: { Host: new URL(origin).host, Origin: origin, [LAUNCH_TOKEN_HEADER]: TEST_TOKEN },
          body: 'hello',
        });
        expect(response.status).toBe(201);
      }
    } finally {
      await dev.close();
    }
    expectRefused(
      await rawRequest(playground.port, [
        'GET /api/health HTTP/1.1',
        'Host: localhost:5173',
        'Connection: close',
      ]),
      'FOREIGN_HOST',
    );
  });
});
