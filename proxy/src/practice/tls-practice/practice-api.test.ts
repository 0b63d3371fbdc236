import { PracticeInfo, type ProxyEvent } from '@playground/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, pageHeaders, readRun, testApp } from '../../testing/app.ts';
import { startTlsPractice, type TlsPractice } from './tls-practice-server.ts';

// The page learns the endpoints' addresses from GET /api/practice, then sends to them through
// POST /api/run like to any other address, in either mode.

let practice: TlsPractice;

beforeAll(async () => {
  practice = await startTlsPractice({ port: 0 });
});
afterAll(() => practice.close());

function errorOf(events: ProxyEvent[]) {
  const error = events.find((e) => e.type === 'error');
  return error?.type === 'error' ? error.error : undefined;
}

describe('GET /api/practice', () => {
  it('tells the page where the HTTPS endpoints are', async () => {
    const app = await testApp({}, { tlsPractice: practice });
    const response = await app.request(`${LOCAL_ORIGIN}/api/practice`, { headers: pageHeaders() });

    expect(response.status).toBe(200);
    const info = PracticeInfo.parse(await response.json());
    expect(info.tls?.endpoints.find((e) => e.id === 'expired')).toMatchObject({
      url: `https://expired.practice.localhost:${practice.info.port}/`,
      expect: 'tls-expired',
    });
  });

  it('says when they are not running', async () => {
    const app = await testApp({}, { tlsPractice: null });
    const response = await app.request(`${LOCAL_ORIGIN}/api/practice`, { headers: pageHeaders() });
    expect(await response.json()).toEqual({ tls: null });
  });

  it('needs the launch key, like the rest of the API', async () => {
    const app = await testApp({}, { tlsPractice: practice });
    const response = await app.request(`${LOCAL_ORIGIN}/api/practice`);
    expect(response.status).toBe(403);
  });
});

describe('POST /api/run to the HTTPS endpoints', () => {
  it.each(['local', 'shared'] as const)('classifies the expired certificate in %s mode', async (mode) => {
    const app = await testApp({ mode }, { tlsPractice: practice });
    const response = await app.request(`${LOCAL_ORIGIN}/api/run`, {
      method: 'POST',
      headers: pageHeaders({ 'Content-Type': 'application/json', Origin: LOCAL_ORIGIN }),
      body: JSON.stringify({ method: 'GET', url: practice.info.endpoints[1]?.url }),
    });
    const { events } = await readRun(response);
    expect(errorOf(events)).toMatchObject({ kind: 'tls-expired', code: 'CERT_HAS_EXPIRED' });
  });

  it('reaches the good endpoint in shared mode, where its loopback listener is refused', async () => {
    const app = await testApp({ mode: 'shared' }, { tlsPractice: practice });
    const response = await app.request(`${LOCAL_ORIGIN}/api/run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: LOCAL_ORIGIN },
      body: JSON.stringify({ method: 'GET', url: practice.info.endpoints[0]?.url }),
    });
    const { events, body } = await readRun(response);
    expect(errorOf(events)).toBeUndefined();
    expect(events.find((e) => e.type === 'response')).toMatchObject({ status: 200 });
    expect(JSON.parse(body.toString())).toMatchObject({ endpoint: 'good' });
  });
});
