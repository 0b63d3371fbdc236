import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SHARE_ID_PATTERN } from '@playground/shared';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashDeleteToken } from './share-store.ts';
import { SqliteShareStore } from './sqlite-share-store.ts';

const DAY = 24 * 60 * 60 * 1000;
let dir: string;
let file: string;
const opened: SqliteShareStore[] = [];

/** A store on the test's file with a clock the test moves. */
function openStore(clock: { now: number }) {
  const store = SqliteShareStore.open(file, { now: () => new Date(clock.now) });
  opened.push(store);
  return store;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'playground-shares-'));
  file = path.join(dir, 'nested', 'shares.sqlite');
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('SqliteShareStore', () => {
  it('stores, returns and deletes a snapshot, creating its folder', async () => {
    const clock = { now: Date.parse('2026-04-01T10:00:00Z') };
    const store = openStore(clock);
    const expiresAt = new Date(clock.now + 90 * DAY);
    const { id, deleteToken } = await store.put('{"a":1}', expiresAt);
    expect(id).toMatch(SHARE_ID_PATTERN);
    expect(Buffer.from(deleteToken, 'base64url')).toHaveLength(32);
    expect(await store.get(id)).toEqual({
      json: '{"a":1}',
      createdAt: new Date(clock.now),
      expiresAt,
    });
    expect(await store.delete(id, 'not-the-token')).toBe('wrong-token');
    expect(await store.get(id)).not.toBeNull();
    expect(await store.delete(id, deleteToken)).toBe('deleted');
    expect(await store.get(id)).toBeNull();
    expect(await store.delete(id, deleteToken)).toBe('not-found');
    expect((await stat(file)).isFile()).toBe(true);
  });

  it('keeps only a hash of the delete token, in a WAL-mode file', async () => {
    const store = openStore({ now: Date.now() });
    const { id, deleteToken } = await store.put('{}', new Date(Date.now() + DAY));
    await store.close();
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const row = db.prepare('SELECT * FROM snapshots WHERE id = ?').get(id) as Record<string, unknown>;
      expect(Object.values(row).some((value) => String(value).includes(deleteToken))).toBe(false);
      expect(row.delete_hash).toEqual(hashDeleteToken(deleteToken));
    } finally {
      db.close();
    }
  });

  it('says a snapshot expired once its time is up, erases its content, then forgets it', async () => {
    const clock = { now: Date.parse('2026-04-01T10:00:00Z') };
    const store = openStore(clock);
    const { id } = await store.put('{"secret":"x"}', new Date(clock.now + DAY));
    clock.now += DAY - 1;
    expect(await store.get(id)).toMatchObject({ json: '{"secret":"x"}' });
    clock.now += 1;
    expect(await store.get(id)).toBe('expired');
    clock.now += 2 * 60_000; // the next purge comes by
    expect(await store.get(id)).toBe('expired');
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT json FROM snapshots WHERE id = ?').get(id)).toEqual({ json: null });
    db.close();
    clock.now += 31 * DAY;
    expect(await store.get(id)).toBeNull();
  });

  it('keeps snapshots when the file is opened again', async () => {
    const clock = { now: Date.now() };
    const first = openStore(clock);
    const { id, deleteToken } = await first.put('{"kept":true}', new Date(clock.now + DAY));
    await first.close();
    const again = openStore(clock);
    expect(await again.get(id)).toMatchObject({ json: '{"kept":true}' });
    expect(await again.delete(id, deleteToken)).toBe('deleted');
  });

  it('lets two stores on one file (two proxy processes) publish and read each other’s snapshots', async () => {
    const clock = { now: Date.now() };
    const a = openStore(clock);
    const b = openStore(clock);
    const expires = new Date(clock.now + DAY);
    const receipts = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).put(JSON.stringify({ i }), expires)),
    );
    expect(new Set(receipts.map((r) => r.id)).size).toBe(40);
    for (const [i, receipt] of receipts.entries()) {
      expect(await (i % 2 ? b : a).get(receipt.id)).toMatchObject({ json: JSON.stringify({ i }) });
    }
  });

  it('refuses a file it cannot open, naming it and the setting', () => {
    expect(() => SqliteShareStore.open(dir)).toThrow(/could not open .*PLAYGROUND_SHARE_DB/s);
  });

  it('refuses a file written by a newer playground', async () => {
    const store = openStore({ now: Date.now() });
    await store.close();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => SqliteShareStore.open(file)).toThrow(/newer playground/);
  });
});
