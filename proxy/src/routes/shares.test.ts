import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ApiErrorBody,
  type PortableCollection,
  SHARE_ID_PATTERN,
  SharedSnapshot,
  ShareReceipt,
} from '@playground/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProxyConfig } from '../config.ts';
import type { ShareStore } from '../share/share-store.ts';
import { SqliteShareStore } from '../share/sqlite-share-store.ts';
import { LOCAL_ORIGIN, pageHeaders, testApp } from '../testing/app.ts';

const DAY = 24 * 60 * 60 * 1000;

const request = (name: string) => ({
  type: 'request' as const,
  id: `r-${name}`,
  name,
  draft: {
    method: 'GET',
    url: `{{base}}/${name}`,
    params: [],
    pathVariables: [],
    headers: [{ name: 'Accept', value: 'application/json', enabled: true }],
    body: { kind: 'none' as const, text: '', textContentType: '', fields: [], parts: [], file: null },
    auth: { type: 'none' as const },
    followRedirects: true,
    timeoutMs: 30_000,
  },
});

const portable: PortableCollection = {
  format: 'http-playground',
  v: 1,
  collection: {
    id: 'c1',
    name: 'Class demo',
    description: 'Requests for lesson 3',
    items: [request('get'), { type: 'folder', id: 'f1', name: 'Auth', items: [request('basic-auth')] }],
    variables: [{ name: 'base', value: 'http://127.0.0.1:8787/httpbin', enabled: true, secret: false }],
    session: { baseUrl: '', headers: [], cookies: true },
  },
  environments: [],
};

let dir: string;
let store: ShareStore;
const clock = { now: 0 };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'playground-share-routes-'));
  clock.now = Date.parse('2026-05-01T09:00:00Z');
  store = SqliteShareStore.open(path.join(dir, 'shares.sqlite'), { now: () => new Date(clock.now) });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

function app(config: Partial<ProxyConfig> = {}) {
  return testApp(config, { shares: store, now: () => new Date(clock.now) });
}
type App = Awaited<ReturnType<typeof app>>;

const publish = (target: App, body: string, headers: Record<string, string> = {}) =>
  target.request(`${LOCAL_ORIGIN}/api/shares`, {
    method: 'POST',
    headers: pageHeaders({ 'Content-Type': 'application/json', ...headers }),
    body,
  });
const fetchShare = (target: App, id: string) =>
  target.request(`${LOCAL_ORIGIN}/api/shares/${id}`, { headers: pageHeaders() });
const deleteShare = (target: App, id: string, token?: string) =>
  target.request(`${LOCAL_ORIGIN}/api/shares/${id}`, {
    method: 'DELETE',
    headers: pageHeaders(token === undefined ? {} : { 'X-Delete-Token': token }),
  });

async function errorOf(response: Response) {
  return ApiErrorBody.parse(await response.json()).error;
}

describe('publishing a snapshot', () => {
  it('publishes, serves and deletes it with the delete token', async () => {
    const target = await app();
    const published = await publish(target, JSON.stringify(portable));
    expect(published.status).toBe(201);
    const receipt = ShareReceipt.parse(await published.json());
    expect(receipt.id).toMatch(SHARE_ID_PATTERN);
    expect(receipt.expiresAt).toBe(new Date(clock.now + 90 * DAY).toISOString());

    const fetched = await fetchShare(target, receipt.id);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('cache-control')).toBe('no-store');
    expect(SharedSnapshot.parse(await fetched.json())).toEqual({
      snapshot: portable,
      createdAt: new Date(clock.now).toISOString(),
      expiresAt: receipt.expiresAt,
    });

    expect((await deleteShare(target, receipt.id, receipt.deleteToken)).status).toBe(204);
    const gone = await fetchShare(target, receipt.id);
    expect(gone.status).toBe(404);
    expect((await errorOf(gone)).message).toBe(
      'This shared collection does not exist, or its publisher deleted it.',
    );
  });

  it('refuses to delete with a wrong or missing token, and says an unknown one is not there', async () => {
    const target = await app();
    const receipt = ShareReceipt.parse(await (await publish(target, JSON.stringify(portable))).json());
    // One character changed (never to itself): the token is otherwise right.
    const last = receipt.deleteToken.at(-1) === 'A' ? 'B' : 'A';
    const wrong = await deleteShare(target, receipt.id, `${receipt.deleteToken.slice(0, -1)}${last}`);
    expect(wrong.status).toBe(403);
    expect((await errorOf(wrong)).message).toMatch(/delete key does not match/);
    expect((await deleteShare(target, receipt.id)).status).toBe(403);
    expect((await fetchShare(target, receipt.id)).status).toBe(200);
    expect((await deleteShare(target, 'A'.repeat(24), receipt.deleteToken)).status).toBe(404);
  });

  it('answers 410 once a snapshot expired, with the playground’s keeping time', async () => {
    const target = await app({ shareDays: 7 });
    const receipt = ShareReceipt.parse(await (await publish(target, JSON.stringify(portable))).json());
    expect(receipt.expiresAt).toBe(new Date(clock.now + 7 * DAY).toISOString());
    clock.now += 7 * DAY;
    const expired = await fetchShare(target, receipt.id);
    expect(expired.status).toBe(410);
    expect((await errorOf(expired)).message).toBe(
      'This shared collection has expired: this playground keeps published snapshots for 7 days.',
    );
  });

  it('refuses a collection over the size limit, naming both sizes and suggesting to split it', async () => {
    const target = await app({ shareMaxBytes: 2_000 });
    const big = { ...portable, collection: { ...portable.collection, description: 'x'.repeat(3_000) } };
    const body = JSON.stringify(big);
    // A browser says how large its upload is; a client that streams it is cut at the limit.
    const response = await publish(target, body, { 'Content-Length': String(Buffer.byteLength(body)) });
    expect(response.status).toBe(413);
    const error = await errorOf(response);
    const size = Math.round(Buffer.byteLength(body) / 100) / 10;
    expect(size).toBeGreaterThan(3);
    expect(error.message).toBe(
      `The collection is ${size} kB, and this playground publishes snapshots of up to 2 kB.`,
    );
    expect(error.hint).toMatch(/Split it into smaller collections/);
    const streamed = await publish(target, body);
    expect(streamed.status).toBe(413);
    expect((await errorOf(streamed)).message).toMatch(/^The collection is larger than 2 kB/);
  });

  it('limits publishes per client and hour, with Retry-After', async () => {
    const target = await app({ sharesPerHour: 3, trustProxy: true });
    const from = (client: string) => ({ 'X-Forwarded-For': client });
    expect((await publish(target, '{}', from('203.0.113.7'))).status).toBe(400); // not counted
    for (let i = 0; i < 3; i += 1) {
      expect((await publish(target, JSON.stringify(portable), from('203.0.113.7'))).status).toBe(201);
    }
    expect((await publish(target, JSON.stringify(portable), from('198.51.100.2'))).status).toBe(201);
    const refused = await publish(target, JSON.stringify(portable), from('203.0.113.7'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('3600');
    expect((await errorOf(refused)).message).toBe(
      'This playground publishes at most 3 snapshots an hour from each computer, and yours has published that many.',
    );
    clock.now += 60 * 60 * 1000;
    expect((await publish(target, JSON.stringify(portable), from('203.0.113.7'))).status).toBe(201);
  });

  it('answers 404, never 500, for ids that cannot be snapshot ids', async () => {
    const target = await app();
    for (const id of ['x', 'A'.repeat(25), '%00%00', '..%2F..%2Fetc', `${'A'.repeat(23)}!`, "'%20OR%201=1"]) {
      const response = await fetchShare(target, id);
      expect(response.status, id).toBe(404);
      expect((await errorOf(response)).kind).toBe('invalid-request');
      expect((await deleteShare(target, id, 'token')).status, id).toBe(404);
    }
  });

  it('refuses what is not a portable collection, in words, with the field', async () => {
    const target = await app();
    const notJson = await publish(target, '{"format": ');
    expect(notJson.status).toBe(400);
    expect((await errorOf(notJson)).message).toBe('The snapshot is not valid JSON.');
    const wrong = await publish(target, JSON.stringify({ ...portable, v: 2 }));
    expect(wrong.status).toBe(400);
    expect((await errorOf(wrong)).message).toMatch(/newer version of HTTP Playground/);
    // Folders within folders 5,000 deep: JSON.stringify itself could not write this.
    const folder = '{"type":"folder","id":"d","name":"d","items":[';
    const deep = `${folder.repeat(5_000)}${']}'.repeat(5_000)}`;
    const nested = JSON.stringify(portable).replace('"items":[', `"items":[${deep},`);
    const tooDeep = await publish(target, nested);
    expect(tooDeep.status).toBe(400);
    expect((await errorOf(tooDeep)).message).toMatch(/levels deep/);
    const notOurs = await publish(target, JSON.stringify({ info: { name: 'a Postman file' } }));
    expect((await errorOf(notOurs)).message).toMatch(/not an HTTP Playground collection/);
  });

  it('stores no __proto__ or other unknown keys, and pollutes nothing', async () => {
    const target = await app();
    const hostile = JSON.stringify(portable)
      .replace('{"format"', '{"__proto__":{"polluted":"yes"},"extra":1,"format"')
      .replace('"name":"Class demo"', '"name":"Class demo","__proto__":{"isAdmin":true}');
    const response = await publish(target, hostile);
    expect(response.status).toBe(201);
    const { id } = ShareReceipt.parse(await response.json());
    const text = await (await fetchShare(target, id)).text();
    expect(text).not.toMatch(/__proto__|polluted|isAdmin|"extra"/);
    expect(SharedSnapshot.parse(JSON.parse(text)).snapshot).toEqual(portable);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('takes many publishes at once, each with its own id', async () => {
    const target = await app();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        publish(
          target,
          JSON.stringify({ ...portable, collection: { ...portable.collection, name: `n${i}` } }),
        ),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const receipts = await Promise.all(answers.map(async (a) => ShareReceipt.parse(await a.json())));
    expect(new Set(receipts.map((r) => r.id)).size).toBe(20);
    const names = await Promise.all(
      receipts.map(async (r) => SharedSnapshot.parse(await (await fetchShare(target, r.id)).json()).snapshot),
    );
    expect(names.map((s) => s.collection.name).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `n${i}`).sort(),
    );
  });

  it('keeps snapshots when the store is opened again from disk', async () => {
    const first = await app();
    const receipt = ShareReceipt.parse(await (await publish(first, JSON.stringify(portable))).json());
    await store.close();
    store = SqliteShareStore.open(path.join(dir, 'shares.sqlite'), { now: () => new Date(clock.now) });
    const reopened = await app();
    expect((await fetchShare(reopened, receipt.id)).status).toBe(200);
  });

  it('sits behind the checks of every /api route: launch key in local mode, access code in shared', async () => {
    const local = await app();
    const stranger = await local.request(`${LOCAL_ORIGIN}/api/shares`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: JSON.stringify(portable),
    });
    expect(stranger.status).toBe(403);
    const classroom = await app({ mode: 'shared', host: '0.0.0.0', accessCode: 'owl-42' });
    const receipt = ShareReceipt.parse(await (await publish(local, JSON.stringify(portable))).json());
    for (const call of [
      classroom.request('http://playground.test/api/shares', {
        method: 'POST',
        body: JSON.stringify(portable),
      }),
      classroom.request(`http://playground.test/api/shares/${receipt.id}`),
    ]) {
      const response = await call;
      expect(response.status).toBe(401);
      expect((await errorOf(response)).code).toBe('ACCESS_CODE');
    }
  });

  it('answers 503 in words when the store fails, and does not count that publish', async () => {
    const broken: ShareStore = {
      put: async () => {
        throw new Error('SQLITE_FULL: database or disk is full');
      },
      get: async () => {
        throw new Error('SQLITE_IOERR');
      },
      delete: async () => 'not-found',
      close: async () => {},
    };
    const target = await testApp({ sharesPerHour: 1 }, { shares: broken });
    for (let i = 0; i < 2; i += 1) {
      const response = await publish(target, JSON.stringify(portable));
      expect(response.status).toBe(503);
      const error = await errorOf(response);
      expect(error.message).toBe(
        'This playground could not publish the snapshot: its share store is not working.',
      );
      expect(JSON.stringify(error)).not.toMatch(/SQLITE/);
    }
    expect((await fetchShare(target, 'A'.repeat(24))).status).toBe(503);
  });

  it('says publishing is unavailable when the playground has no share store', async () => {
    const target = await testApp();
    const response = await publish(target, JSON.stringify(portable));
    expect(response.status).toBe(503);
    expect((await errorOf(response)).title).toBe('Published snapshots unavailable');
  });
});
