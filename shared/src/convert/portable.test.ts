import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Collection, Environment } from '../schemas/library.ts';
import { buildDraft, emptyBody, newCollection } from './draft.ts';
import { readPortableCollection, toPortableCollection, toPortableJson } from './portable.ts';
import { readImportFile } from './read-import-file.ts';
import { collectionContent, imported } from './test-helpers.ts';

function collectionWithFiles(file: unknown): Collection {
  const draft = buildDraft({ method: 'POST', url: '{{baseUrl}}/post' });
  draft.body = {
    ...emptyBody(),
    kind: 'multipart',
    parts: [{ name: 'photo', value: '', enabled: true, kind: 'file', file: file as never }],
    file: file as never,
  };
  return {
    ...newCollection(
      'Files',
      [
        {
          type: 'folder',
          id: 'f',
          name: 'Folder',
          items: [{ type: 'request', id: 'r', name: 'Upload', draft }],
        },
      ],
      {
        variables: [
          { name: 'baseUrl', value: 'http://127.0.0.1:8787/httpbin', enabled: true, secret: false },
          { name: 'token', value: 'collection-secret', enabled: true, secret: true },
        ],
      },
    ),
    session: {
      baseUrl: 'http://127.0.0.1:8787',
      headers: [{ name: 'X-Class', value: '5B', enabled: true }],
      cookies: false,
    },
  };
}
const environment: Environment = {
  id: 'e',
  name: 'Class',
  variables: [
    { name: 'user', value: 'ada', enabled: true, secret: false },
    { name: 'password', value: 'env-secret', enabled: true, secret: true },
  ],
};
const firstRequest = (c: Collection) => {
  const folder = c.items[0]!;
  if (folder.type !== 'folder' || folder.items[0]?.type !== 'request') throw new Error('unexpected tree');
  return folder.items[0];
};

describe('toPortableCollection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('turns kept files into their name, size and type, without touching the original', () => {
    const photo = new File(['hello'], 'photo.png', { type: 'image/png' });
    const original = collectionWithFiles(photo);
    const portable = toPortableCollection(original, [], { includeSecrets: false });
    const body = firstRequest(portable.collection).draft.body;
    expect(body.file).toEqual({ missing: true, name: 'photo.png', size: 5, type: 'image/png' });
    expect(body.parts[0]!.file).toEqual({ missing: true, name: 'photo.png', size: 5, type: 'image/png' });
    expect(firstRequest(original).draft.body.file).toBe(photo);
  });

  it('works where File does not exist (Node without it, workers)', () => {
    vi.stubGlobal('File', undefined);
    const missing = { missing: true as const, name: 'a.bin', size: 3, type: '' };
    const portable = toPortableCollection(collectionWithFiles(missing), [], { includeSecrets: false });
    expect(firstRequest(portable.collection).draft.body.file).toEqual(missing);
  });

  it('blanks secret values of the collection and its environments unless asked to include them', () => {
    const hidden = toPortableCollection(collectionWithFiles(null), [environment], { includeSecrets: false });
    expect(hidden.collection.variables.map((v) => v.value)).toEqual(['http://127.0.0.1:8787/httpbin', '']);
    expect(hidden.environments[0]!.variables.map((v) => v.value)).toEqual(['ada', '']);
    expect(hidden.environments[0]!.variables[1]!.secret).toBe(true);
    const shown = toPortableCollection(collectionWithFiles(null), [environment], { includeSecrets: true });
    expect(shown.environments[0]!.variables[1]!.value).toBe('env-secret');
    expect(environment.variables[1]!.value).toBe('env-secret');
  });

  it('toPortableJson is the same, as 2-space JSON', () => {
    const c = collectionWithFiles(null);
    expect(toPortableJson(c, [environment], { includeSecrets: false })).toBe(
      JSON.stringify(toPortableCollection(c, [environment], { includeSecrets: false }), null, 2),
    );
  });
});

describe('readPortableCollection', () => {
  const good = () =>
    JSON.parse(toPortableJson(collectionWithFiles(null), [environment], { includeSecrets: true }));

  it('accepts our own format, session settings included', () => {
    const read = readPortableCollection(good());
    expect(read.ok && read.portable.collection.session).toEqual({
      baseUrl: 'http://127.0.0.1:8787',
      headers: [{ name: 'X-Class', value: '5B', enabled: true }],
      cookies: false,
    });
  });

  it('refuses what is not ours, or from a newer version', () => {
    expect(readPortableCollection('text')).toEqual({
      ok: false,
      problem: 'This is not an HTTP Playground collection (it has no "format": "http-playground").',
    });
    expect(readPortableCollection({ ...good(), v: 2 })).toEqual({
      ok: false,
      problem:
        'This collection was made by a newer version of HTTP Playground (format 2); update the playground to open it.',
    });
  });

  it('names the item and field whose shape is wrong', () => {
    const value = good();
    value.collection.items[0].items[0].draft.url = 5;
    expect(readPortableCollection(value)).toEqual({
      ok: false,
      problem:
        'The collection does not have the expected shape: item "Folder" > "Upload": "draft.url" is not valid (Invalid input: expected string, received number).',
    });
    const env = good();
    env.environments[0].variables[1].secret = 'yes';
    expect(readPortableCollection(env)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('environment "Class": "variables.1.secret" is not valid'),
    });
  });

  it('applies the import limits: depth, count, and data that refers to itself', () => {
    const deep = good();
    let items = deep.collection.items;
    for (let i = 0; i < 40; i += 1) {
      const folder = { type: 'folder', id: `f${i}`, name: `F${i}`, items: [] };
      items.push(folder);
      items = folder.items;
    }
    expect(readPortableCollection(deep)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('folders are nested more than 32 levels deep'),
    });
    const many = good();
    const request = many.collection.items[0].items[0];
    many.collection.items = Array.from({ length: 10_001 }, () => request);
    expect(readPortableCollection(many)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('more than 10,000 requests'),
    });
    const cyclic = good();
    cyclic.collection.items[0].items.push(cyclic.collection.items[0]);
    expect(readPortableCollection(cyclic).ok).toBe(false);
  });

  it('drops unknown keys such as __proto__ and pollutes nothing', () => {
    const value = JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(good()).slice(1)}`);
    value.collection.items[0].items[0].draft = {
      ...value.collection.items[0].items[0].draft,
      constructor: { prototype: { polluted: 2 } },
    };
    const read = readPortableCollection(value);
    expect(read.ok).toBe(true);
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (read.ok) expect(Object.hasOwn(read.portable, '__proto__')).toBe(false);
  });
});

describe('importing our own format', () => {
  it('gives the same collection and environments, with fresh ids', () => {
    const original = collectionWithFiles({ missing: true, name: 'photo.png', size: 5, type: 'image/png' });
    const result = imported(
      readImportFile(
        toPortableJson(original, [environment], { includeSecrets: true }),
        'Files.playground.json',
      ),
    );
    expect(result.format).toBe('http-playground');
    expect(result.notes).toEqual([]);
    expect(collectionContent(result.collections[0]!)).toEqual(collectionContent(original));
    expect(result.collections[0]!.id).not.toBe(original.id);
    expect(result.environments).toEqual([{ ...environment, id: expect.any(String) }]);
    expect(result.environments[0]!.id).not.toBe('e');
  });
});
