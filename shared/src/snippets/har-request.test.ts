import { describe, expect, it } from 'vitest';
import type { StoredCookie } from '../schemas/cookie.ts';
import type { SavedDraft } from '../schemas/saved-workspace.ts';
import { toSnippetRequest } from './har-request.ts';

const row = (name: string, value: string, enabled = true) => ({ name, value, enabled });

function draft(change: Partial<SavedDraft> = {}): SavedDraft {
  return {
    method: 'GET',
    url: 'http://127.0.0.1:8787/httpbin/get',
    params: [],
    pathVariables: [],
    headers: [],
    body: { kind: 'none', text: '', textContentType: 'text/plain', fields: [], parts: [], file: null },
    auth: { type: 'none' },
    followRedirects: true,
    timeoutMs: 30_000,
    ...change,
  };
}

function har(d: SavedDraft, cookies?: StoredCookie[]) {
  const result = toSnippetRequest(d, { cookies, now: new Date('2026-06-01T00:00:00Z') });
  if (!result.ok) throw new Error(result.problem);
  return result.request.har;
}

const cookie = (name: string, extra: Partial<StoredCookie> = {}): StoredCookie => ({
  name,
  value: name.toUpperCase(),
  domain: 'shop.test',
  path: '/',
  expires: null,
  hostOnly: true,
  secure: false,
  httpOnly: false,
  sameSite: null,
  created: '2026-01-01T00:00:00.000Z',
  ...extra,
});

describe('toSnippetRequest', () => {
  it('gives the address as sent: path variables filled in, query encoded as a browser does, no fragment', () => {
    const d = draft({ url: 'localhost:5000/users/:id?q=a b#top', pathVariables: [row('id', '7')] });
    expect(har(d).url).toBe('http://localhost:5000/users/7?q=a%20b');
  });

  it('explains an address that is not one yet, and a scheme it cannot show', () => {
    expect(toSnippetRequest(draft({ url: 'http://' }))).toEqual({
      ok: false,
      problem: expect.stringMatching(/not a web address yet/),
    });
    expect(toSnippetRequest(draft({ url: 'ftp://files.test/a' }))).toEqual({
      ok: false,
      problem: expect.stringMatching(/http:\/\/ and https:\/\//),
    });
  });

  it('keeps the user’s enabled headers in order, then adds auth and the body’s Content-Type', () => {
    const d = draft({
      method: 'POST',
      headers: [row('X-One', '1'), row('X-Off', 'no', false), row('', ''), row('X-Two', '2')],
      auth: { type: 'bearer', token: 't0k' },
      body: { ...draft().body, kind: 'json', text: '{"a":1}' },
    });
    expect(har(d).headers).toEqual([
      { name: 'X-One', value: '1' },
      { name: 'X-Two', value: '2' },
      { name: 'Authorization', value: 'Bearer t0k' },
      { name: 'Content-Type', value: 'application/json' },
    ]);
    expect(har(d).postData).toEqual({ mimeType: 'application/json', text: '{"a":1}' });
  });

  it('lets a header the user typed win over the auth and body ones, as the proxy does', () => {
    const d = draft({
      headers: [row('authorization', 'Token mine'), row('Content-Type', 'text/csv')],
      auth: { type: 'basic', username: 'a', password: 'b' },
      body: { ...draft().body, kind: 'text', text: 'x,y' },
    });
    expect(har(d).headers.map((h) => h.value)).toEqual(['Token mine', 'text/csv']);
  });

  it('turns credentials in the address into Basic auth (UTF-8) and takes them out of it', () => {
    const h = har(draft({ url: 'http://ad%C3%A4:p%40ss@127.0.0.1/x' }));
    expect(h.url).toBe('http://127.0.0.1/x');
    expect(h.headers).toEqual([
      {
        name: 'Authorization',
        value: `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode('adä:p@ss')))}`,
      },
    ]);
  });

  it('adds the jar’s cookies that match the address, longest path first, after the user’s own', () => {
    const d = draft({
      url: 'https://api.shop.test/cart/items',
      headers: [row('Cookie', 'theme=dark; a=mine')],
    });
    const jar = [
      cookie('a'),
      cookie('root', { domain: 'shop.test', hostOnly: false }),
      cookie('cart', { domain: 'shop.test', hostOnly: false, path: '/cart' }),
      cookie('hostonly'), // shop.test only, not api.shop.test
      cookie('elsewhere', { domain: 'shop.test', hostOnly: false, path: '/account' }),
      cookie('cartoon', { domain: 'shop.test', hostOnly: false, path: '/cartoon' }),
      cookie('expired', { domain: 'shop.test', hostOnly: false, expires: '2026-01-02T00:00:00Z' }),
      cookie('later', { domain: 'shop.test', hostOnly: false, expires: '2027-01-01T00:00:00Z' }),
    ];
    const sent = har(d, jar).headers.find((h) => h.name === 'Cookie');
    expect(sent?.value).toBe('theme=dark; a=mine; cart=CART; root=ROOT; later=LATER');
  });

  it('sends Secure cookies over https only', () => {
    const jar = [cookie('s', { secure: true }), cookie('plain')];
    const line = (url: string) => har(draft({ url }), jar).headers.find((h) => h.name === 'Cookie')?.value;
    expect(line('http://shop.test/')).toBe('plain=PLAIN');
    expect(line('https://shop.test/')).toBe('s=S; plain=PLAIN');
  });

  it('writes forms and multipart bodies by field, files by name with their type', () => {
    const form = draft({
      body: {
        ...draft().body,
        kind: 'form-urlencoded',
        fields: [row('a', '1'), row('b', '2', false), row('', '')],
      },
    });
    expect(har(form).postData).toEqual({
      mimeType: 'application/x-www-form-urlencoded',
      params: [{ name: 'a', value: '1' }],
    });
    const parts = [
      { ...row('title', 'cat'), kind: 'text' as const, file: null },
      {
        ...row('photo', ''),
        kind: 'file' as const,
        file: { missing: true as const, name: 'cat.png', size: 3, type: 'image/png' },
      },
      { ...row('notes', ''), kind: 'file' as const, file: null, wantedFile: 'notes.txt' },
      { ...row('none', ''), kind: 'file' as const, file: null },
    ];
    const multipart = har(draft({ body: { ...draft().body, kind: 'multipart', parts } }));
    expect(multipart.postData?.params).toEqual([
      { name: 'title', value: 'cat' },
      { name: 'photo', fileName: 'cat.png', contentType: 'image/png' },
      { name: 'notes', fileName: 'notes.txt', contentType: 'application/octet-stream' },
    ]);
    expect(multipart.headers).toEqual([]); // the boundary is the client library's to choose
  });

  it('says which file a binary body is, and that redirects are followed or not', () => {
    const file = new File(['abc'], 'data.bin', { type: 'application/x-test' });
    const result = toSnippetRequest(
      draft({ followRedirects: false, body: { ...draft().body, kind: 'binary', file } }),
    );
    expect(result.ok && result.request.bodyFile).toEqual({
      name: 'data.bin',
      contentType: 'application/x-test',
    });
    expect(result.ok && result.request.followRedirects).toBe(false);
  });
});
