import { ApiErrorBody, type ProxyError, type RequestSpecInput } from '@playground/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProxyConfig } from '../config.ts';
import { readRun, testApp } from '../testing/app.ts';
import { fakeWebDist } from '../testing/listening-app.ts';
import { expectPlainWords } from '../testing/plain-words.ts';
import { type RunningServer, startHttpServer } from '../testing/servers.ts';

// A shared playground, as a class reaches it at http://playground.test/. No launch key: the API is
// public there; what it may reach, and how much, is what is limited.

const SITE = 'http://playground.test';
let inside: RunningServer;
let insideReached = 0;

beforeAll(async () => {
  inside = await startHttpServer((_req, res) => {
    insideReached += 1;
    res.end('a server on the private network');
  });
});
afterAll(() => inside.close());

async function sharedApp(config: Partial<ProxyConfig> = {}) {
  return testApp({ mode: 'shared', ...config });
}

type App = Awaited<ReturnType<typeof sharedApp>>;

function post(app: App, spec: RequestSpecInput, headers: Record<string, string> = {}) {
  return app.request(`${SITE}/api/run`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: SITE, ...headers },
    body: JSON.stringify(spec),
  });
}

async function runVia(app: App, spec: RequestSpecInput) {
  const response = await post(app, spec);
  expect(response.status).toBe(200);
  const { events, body } = await readRun(response);
  const error = events.find((e) => e.type === 'error');
  return { events, body, error: error?.type === 'error' ? error.error : undefined };
}

describe('targets', () => {
  it("refuses a server on the playground's own computer in words, without reaching it", async () => {
    const { events, error } = await runVia(await sharedApp(), {
      method: 'GET',
      url: `http://127.0.0.1:${inside.port}/`,
    });
    expect(events.map((e) => e.type)).toEqual(['error']);
    expect(error).toMatchObject({ kind: 'blocked', code: 'BLOCKED_LOOPBACK' });
    expect(error?.message).toBe(
      "127.0.0.1 is a loopback address: the server itself. This address is on the server's private network; shared playgrounds can't reach it.",
    );
    expectPlainWords(error);
    expect(insideReached).toBe(0);
  });

  it('serves its own practice server in process, at the address the page shows', async () => {
    const { events, body, error } = await runVia(await sharedApp(), {
      method: 'GET',
      url: `${SITE}/httpbin/get?lesson=1`,
    });
    expect(error).toBeUndefined();
    expect(events.map((e) => e.type)).toEqual(['request', 'connection', 'response', 'wire', 'wire', 'end']);
    const connection = events.find((e) => e.type === 'connection');
    expect(connection).toMatchObject({ remoteAddress: 'in-process', remotePort: 80 });
    const response = events.find((e) => e.type === 'response');
    expect(response).toMatchObject({ status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1' });
    expect(JSON.parse(body.toString())).toMatchObject({
      args: { lesson: '1' },
      url: `${SITE}/httpbin/get?lesson=1`,
    });
  });

  it('follows redirects within the practice server in process', async () => {
    const { events, error } = await runVia(await sharedApp(), {
      method: 'GET',
      url: `${SITE}/httpbin/redirect/2`,
    });
    expect(error).toBeUndefined();
    expect(events.filter((e) => e.type === 'redirect')).toHaveLength(2);
    expect(events.find((e) => e.type === 'response')).toMatchObject({
      status: 200,
      url: `${SITE}/httpbin/get`,
    });
  });

  it('refuses where a practice redirect points into the private network', async () => {
    const target = encodeURIComponent(`http://127.0.0.1:${inside.port}/`);
    const { events, error } = await runVia(await sharedApp(), {
      method: 'GET',
      url: `${SITE}/httpbin/redirect-to?url=${target}`,
    });
    expect(events.map((e) => e.type)).toEqual(['request', 'connection', 'wire', 'wire', 'redirect', 'error']);
    expect(error?.code).toBe('BLOCKED_LOOPBACK');
    expect(insideReached).toBe(0);
  });

  it('answers only the practice server in process: its own API is not reachable that way', async () => {
    const { events } = await runVia(await sharedApp(), { method: 'POST', url: `${SITE}/api/run` });
    expect(events.find((e) => e.type === 'response')).toMatchObject({ status: 404 });
  });

  it('serves the configured public origin in process (behind an HTTPS proxy too)', async () => {
    const app = await sharedApp({ publicOrigin: 'https://playground.example.org' });
    const response = await app.request(`${SITE}/api/run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://playground.example.org' },
      body: JSON.stringify({ method: 'GET', url: 'https://playground.example.org/httpbin/status/418' }),
    });
    const { events } = await readRun(response);
    expect(events.find((e) => e.type === 'response')).toMatchObject({ status: 418 });
    expect(events.find((e) => e.type === 'connection')).toMatchObject({
      remoteAddress: 'in-process',
      tls: null,
    });
  });

  it('still refuses calls from other websites', async () => {
    const response = await post(
      await sharedApp(),
      { method: 'GET', url: `${SITE}/httpbin/get` },
      {
        Origin: 'https://evil.example',
      },
    );
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('limits, each with a clear message', () => {
  async function refusal(response: Response, status: number): Promise<ProxyError> {
    expect(response.status).toBe(status);
    const { error } = ApiErrorBody.parse(await response.json());
    expectPlainWords(error);
    return error;
  }

  it('cuts a response at the size limit and marks it truncated', async () => {
    const { events, body, error } = await runVia(await sharedApp({ maxResponseBytes: 5000 }), {
      method: 'GET',
      url: `${SITE}/httpbin/stream-bytes/60000?chunk_size=1024`,
    });
    expect(error).toBeUndefined();
    expect(body.length).toBe(5000);
    expect(events.at(-1)).toMatchObject({ type: 'end', truncated: true, sizes: { bodyBytes: 5000 } });
  });

  it('does not mark a response that fits', async () => {
    const { events } = await runVia(await sharedApp({ maxResponseBytes: 5000 }), {
      method: 'GET',
      url: `${SITE}/httpbin/bytes/100`,
    });
    const end = events.at(-1);
    expect(end?.type === 'end' && end.truncated).toBeUndefined();
  });

  it('stops a request at the playground’s time limit, saying whose limit it is', async () => {
    const { error } = await runVia(await sharedApp({ maxRequestMs: 300 }), {
      method: 'GET',
      url: `${SITE}/httpbin/delay/5`,
      options: { timeouts: { totalMs: 0 } },
    });
    expect(error).toMatchObject({ kind: 'timeout', phase: 'total' });
    expect(error?.hint).toContain('This playground allows each request at most 300 ms');
  });

  it('limits requests per minute per client, with Retry-After', async () => {
    const app = await sharedApp({ requestsPerMinute: 2 });
    const spec = { method: 'GET', url: `${SITE}/httpbin/get` };
    for (let i = 0; i < 2; i += 1) await readRun(await post(app, spec));
    const response = await post(app, spec);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const error = await refusal(response, 429);
    expect(error).toMatchObject({ kind: 'rate-limited', code: 'REQUESTS_PER_MINUTE' });
    expect(error.message).toContain('at most 2 requests a minute');
  });

  it('limits requests running at once per client, until one finishes', async () => {
    const app = await sharedApp({ concurrentRequests: 1 });
    const slow = await post(app, { method: 'GET', url: `${SITE}/httpbin/drip?duration=5&numbytes=5` });
    expect(slow.status).toBe(200);

    const error = await refusal(await post(app, { method: 'GET', url: `${SITE}/httpbin/get` }), 429);
    expect(error).toMatchObject({ kind: 'rate-limited', code: 'CONCURRENT_REQUESTS' });
    expect(error.message).toContain('at most 1 requests at a time');

    await slow.body?.cancel();
    const after = await post(app, { method: 'GET', url: `${SITE}/httpbin/get` });
    expect(after.status).toBe(200);
    await readRun(after);
  });

  it('refuses a request description or an upload over the size limits', async () => {
    const app = await sharedApp({ maxSpecBytes: 2048, maxBlobBytes: 1000 });
    const big = await post(app, {
      method: 'POST',
      url: `${SITE}/httpbin/post`,
      body: { kind: 'text', text: 'x'.repeat(5000) },
    });
    expect((await refusal(big, 413)).message).toContain('larger than 2048 bytes');
    const upload = await app.request(`${SITE}/api/blobs`, {
      method: 'PUT',
      headers: { Origin: SITE },
      body: 'x'.repeat(2000),
    });
    expect((await refusal(upload, 413)).title).toBe('File too large');
  });
});

describe('the class access code', () => {
  async function codeApp() {
    return sharedApp({ accessCode: 'owl-42', webDist: await fakeWebDist() });
  }

  it('sends the page to a form asking for the code once', async () => {
    const app = await codeApp();
    const page = await app.request(`${SITE}/workspace?tab=2`);
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/access?next=%2Fworkspace%3Ftab%3D2');

    const form = await app.request(`${SITE}/access?next=%2Fworkspace`);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('<label for="code">Access code</label>');
    expect(html).toContain('action="/access?next=%2Fworkspace"');
  });

  it('refuses API calls without it, and a wrong code', async () => {
    const app = await codeApp();
    const error = ApiErrorBody.parse(
      await (await post(app, { method: 'GET', url: `${SITE}/httpbin/get` })).json(),
    );
    expect(error.error).toMatchObject({ kind: 'blocked', code: 'ACCESS_CODE' });

    const wrong = await app.request(`${SITE}/access?next=/`, {
      method: 'POST',
      headers: { Origin: SITE, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'code=owl-41',
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('role="alert"');
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('remembers the right code in an HttpOnly cookie that never holds the code', async () => {
    const app = await codeApp();
    const right = await app.request(`${SITE}/access?next=%2Fworkspace`, {
      method: 'POST',
      headers: { Origin: SITE, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'code=owl-42',
    });
    expect(right.status).toBe(303);
    expect(right.headers.get('location')).toBe('/workspace');
    const cookie = right.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toContain('owl-42');
    const jar = cookie.split(';')[0]!;

    expect((await app.request(`${SITE}/`, { headers: { Cookie: jar } })).status).toBe(200);
    const { error } = await readRun(
      await post(app, { method: 'GET', url: `${SITE}/httpbin/get` }, { Cookie: jar }),
    ).then(({ events }) => ({ error: events.find((e) => e.type === 'error') }));
    expect(error).toBeUndefined();
  });

  it('never sends the browser to another site afterwards, nor takes the code from another site', async () => {
    const app = await codeApp();
    const sneaky = await app.request(`${SITE}/access?next=//evil.example/`, {
      method: 'POST',
      headers: { Origin: SITE, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'code=owl-42',
    });
    expect(sneaky.headers.get('location')).toBe('/');
    const foreign = await app.request(`${SITE}/access`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'code=owl-42',
    });
    expect(foreign.status).toBe(403);
  });
});
