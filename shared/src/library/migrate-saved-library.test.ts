import { describe, expect, it } from 'vitest';
import type { Collection, SavedRequest } from '../schemas/library.ts';
import type { SavedDraft } from '../schemas/saved-workspace.ts';
import { migrateSavedLibrary } from './migrate-saved-library.ts';

function draft(url: string): SavedDraft {
  return {
    method: 'GET',
    url,
    params: [],
    pathVariables: [],
    headers: [{ name: 'X-Role', value: 'admin', enabled: true }],
    body: {
      kind: 'none',
      text: '',
      textContentType: 'text/plain; charset=utf-8',
      fields: [],
      parts: [],
      file: new File(['bytes'], 'a.bin'),
    },
    auth: { type: 'none' },
    followRedirects: true,
    timeoutMs: 1000,
  };
}

const request = (id: string, url = `/${id}`): SavedRequest => ({
  type: 'request',
  id,
  name: `Request ${id}`,
  draft: draft(url),
});

function collection(id: string): Collection {
  return {
    id,
    name: `Collection ${id}`,
    description: 'For the class',
    items: [
      request('r1'),
      { type: 'folder', id: 'f1', name: 'Admin', items: [request('r2'), request('r3')] },
    ],
    variables: [{ name: 'token', value: 's3cret', enabled: true, secret: true }],
    session: { baseUrl: 'http://127.0.0.1:8787', headers: [], cookies: true },
  };
}

const v1 = () => ({ v: 1, collections: [collection('c1'), collection('c2')] });

describe('migrateSavedLibrary', () => {
  it('says nothing was saved when nothing was', () => {
    expect(migrateSavedLibrary(undefined)).toEqual({ status: 'empty' });
    expect(migrateSavedLibrary(null)).toEqual({ status: 'empty' });
  });

  it('keeps a v1 library as it was, nested folders and files included', () => {
    const read = migrateSavedLibrary(v1());
    expect(read).toEqual({ status: 'ok', library: v1(), dropped: null });
    if (read.status !== 'ok') return;
    const folder = read.library.collections[0]?.items[1];
    expect(
      folder?.type === 'folder' && folder.items[0]?.type === 'request' && folder.items[0].draft.body.file,
    ).toBeInstanceOf(File);
  });

  it('keeps an empty library', () => {
    expect(migrateSavedLibrary({ v: 1, collections: [] })).toEqual({
      status: 'ok',
      library: { v: 1, collections: [] },
      dropped: null,
    });
  });

  it('keeps the rest of a folder when one of its requests is broken, and says so', () => {
    const stored = v1();
    const folder = stored.collections[0]!.items[1] as { items: unknown[] };
    folder.items[0] = { type: 'request', id: 'r2', name: 'Broken', draft: { url: 1 } };
    const read = migrateSavedLibrary(stored);
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    const kept = read.library.collections[0]!.items[1];
    expect(kept?.type === 'folder' && kept.items.map((item) => item.id)).toEqual(['r3']);
    expect(read.library.collections[1]).toEqual(collection('c2'));
    expect(read.dropped).toBe('1 saved request or folder could not be read.');
  });

  it('keeps a folder whose own fields read even when its items are not a list', () => {
    const stored = v1();
    (stored.collections[0]!.items as unknown[])[1] = { type: 'folder', id: 'f1', name: 'Admin', items: 'x' };
    const read = migrateSavedLibrary(stored);
    expect(read.status === 'ok' && read.library.collections[0]!.items[1]).toEqual({
      type: 'folder',
      id: 'f1',
      name: 'Admin',
      items: [],
    });
  });

  it('drops a collection whose own fields are broken, keeping the others', () => {
    const stored = v1() as { v: number; collections: unknown[] };
    stored.collections.push({ id: 'c3', name: 42, items: [] }, 'nonsense');
    (stored.collections[1] as { items: unknown[] }).items.push({ type: 'weird' });
    const read = migrateSavedLibrary(stored);
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.library.collections.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(read.dropped).toBe('2 collections and 1 saved request or folder could not be read.');
  });

  it.each([
    ['a string', 'hello', 'the saved data is not a library.'],
    ['an array', [collection('c1')], 'the saved data is not a library.'],
    ['no version', { collections: [] }, 'the saved data has no known format version.'],
    ['a newer version', { v: 2 }, 'they were saved by a newer version of HTTP Playground (format 2).'],
    ['no collections', { v: 1, collections: 'x' }, 'the saved data holds no list of collections.'],
  ])('refuses %s with a reason', (_, stored, reason) => {
    expect(migrateSavedLibrary(stored)).toEqual({ status: 'unreadable', reason });
  });

  it('never throws, whatever it is given', () => {
    const hostile = JSON.parse('{"v":1,"collections":[{"__proto__":{"polluted":true},"id":"x"}]}');
    for (const stored of [0, true, Symbol('s'), () => 1, hostile, { v: 1, collections: [null, [], 5] }]) {
      expect(() => migrateSavedLibrary(stored)).not.toThrow();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
