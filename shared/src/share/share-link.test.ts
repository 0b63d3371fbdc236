import { describe, expect, it } from 'vitest';
import type { PortableCollection } from '../schemas/portable-collection.ts';
import type { SavedDraft } from '../schemas/saved-workspace.ts';
import { toBase64Url } from './base64url.ts';
import { deflateText } from './deflate.ts';
import {
  decodeShareLink,
  encodeShareLink,
  fitsInShareLink,
  SHARE_LINK_URL_LIMIT,
  shareLinkUrl,
} from './share-link.ts';

const draft = (method: string, url: string): SavedDraft => ({
  method,
  url,
  params: [],
  pathVariables: [],
  headers: [{ name: 'Accept', value: 'application/json', enabled: true }],
  body: {
    kind: 'json',
    text: '{"title":"Café ☕"}',
    textContentType: 'application/json',
    fields: [],
    parts: [],
    file: { missing: true, name: 'photo.png', size: 1234, type: 'image/png' },
  },
  auth: { type: 'none' },
  followRedirects: true,
  timeoutMs: 30_000,
});

const portable: PortableCollection = {
  format: 'http-playground',
  v: 1,
  collection: {
    id: 'c1',
    name: 'Todos',
    description: 'The REST lesson',
    items: [
      { type: 'request', id: 'r1', name: 'List', draft: draft('GET', '{{base}}/practice/todos') },
      {
        type: 'folder',
        id: 'f1',
        name: 'Write',
        items: [{ type: 'request', id: 'r2', name: 'Create', draft: draft('POST', '/practice/todos') }],
      },
    ],
    variables: [{ name: 'base', value: 'http://127.0.0.1:8787', enabled: true, secret: false }],
    session: { baseUrl: '', headers: [], cookies: true },
  },
  environments: [{ id: 'e1', name: 'Local', variables: [] }],
};

describe('share links', () => {
  it('round-trips a collection through a URL-safe payload', async () => {
    const payload = await encodeShareLink(portable);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeShareLink(payload)).toEqual({ ok: true, portable });
  });

  it('puts the payload in the fragment, with ?present before it on request', () => {
    expect(shareLinkUrl('http://127.0.0.1:8787', 'abc')).toBe('http://127.0.0.1:8787/#share=abc');
    expect(shareLinkUrl('http://h', 'abc', { present: true })).toBe('http://h/?present#share=abc');
  });

  it('says when a link is too long to hand around', () => {
    expect(fitsInShareLink('x'.repeat(SHARE_LINK_URL_LIMIT))).toBe(true);
    expect(fitsInShareLink('x'.repeat(SHARE_LINK_URL_LIMIT + 1))).toBe(false);
  });

  it('refuses a truncated link in plain words', async () => {
    const payload = await encodeShareLink(portable);
    for (const cut of [payload.slice(0, -1), payload.slice(0, -4), payload.slice(0, payload.length / 2)]) {
      const read = await decodeShareLink(cut);
      expect(read).toEqual({ ok: false, problem: expect.stringMatching(/incomplete|changed or cut short/) });
    }
  });

  it('calls a link cut short incomplete, wherever it was cut', async () => {
    const payload = await encodeShareLink(portable);
    for (let cut = 1; cut <= 8; cut += 1) {
      expect(await decodeShareLink(payload.slice(0, -cut))).toEqual({
        ok: false,
        problem: expect.stringContaining('incomplete or was changed'),
      });
    }
  });

  it('refuses a tampered link: one character changed, or characters no link has', async () => {
    const payload = await encodeShareLink(portable);
    const middle = Math.floor(payload.length / 2);
    const swapped = payload[middle] === 'A' ? 'B' : 'A';
    const edited = `${payload.slice(0, middle)}${swapped}${payload.slice(middle + 1)}`;
    expect(await decodeShareLink(edited)).toEqual({
      ok: false,
      problem: expect.stringContaining('incomplete or was changed'),
    });
    expect(await decodeShareLink(`${payload.slice(0, 10)}%20${payload.slice(10)}`)).toEqual({
      ok: false,
      problem: expect.stringContaining('characters a share link never has'),
    });
    expect(await decodeShareLink('')).toEqual({
      ok: false,
      problem: expect.stringContaining('no collection'),
    });
  });

  it('refuses a link that unpacks to something huge without unpacking all of it', async () => {
    const bomb = toBase64Url(await deflateText(`{"x":"${'a'.repeat(64 * 1024 * 1024)}"}`));
    expect(bomb.length).toBeLessThan(SHARE_LINK_URL_LIMIT * 20);
    expect(await decodeShareLink(bomb)).toEqual({ ok: false, problem: expect.stringContaining('4 MB') });
  });

  it('refuses well-formed links that do not hold a collection, read like an imported file', async () => {
    const packed = async (text: string) => toBase64Url(await deflateText(text));
    expect(await decodeShareLink(await packed('not json'))).toEqual({
      ok: false,
      problem: 'The link holds something that is not a collection.',
    });
    for (const text of ['{"__proto__":{"polluted":true}}', '[1,2,3]', '{"format":"postman"}']) {
      expect(await decodeShareLink(await packed(text))).toEqual({
        ok: false,
        problem: expect.stringContaining('not an HTTP Playground collection'),
      });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const broken = {
      ...portable,
      collection: { ...portable.collection, items: [{ type: 'request', id: 'x' }] },
    };
    expect(await decodeShareLink(await packed(JSON.stringify(broken)))).toEqual({
      ok: false,
      problem: expect.stringContaining('does not have the expected shape'),
    });
  });
});
