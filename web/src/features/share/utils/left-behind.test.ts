import type { Collection, SavedDraft } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { leftBehind } from './left-behind.ts';

const draft = (overrides: Partial<SavedDraft> = {}): SavedDraft => ({
  method: 'GET',
  url: '/x',
  params: [],
  pathVariables: [],
  headers: [],
  body: { kind: 'none', text: '', textContentType: '', fields: [], parts: [], file: null },
  auth: { type: 'none' },
  followRedirects: true,
  timeoutMs: 30_000,
  ...overrides,
});

const collection = (items: Collection['items'], variables: Collection['variables'] = []): Collection => ({
  id: 'c',
  name: 'C',
  description: '',
  items,
  variables,
  session: { baseUrl: '', headers: [], cookies: true },
});

describe('leftBehind', () => {
  it('counts picked files in binary and multipart bodies, in nested folders', () => {
    const missing = { missing: true as const, name: 'a.png', size: 1, type: 'image/png' };
    const binary = draft({ body: { ...draft().body, kind: 'binary', file: missing } });
    const multipart = draft({
      body: {
        ...draft().body,
        kind: 'multipart',
        parts: [
          { name: 'photo', value: '', enabled: true, kind: 'file', file: null, wantedFile: 'b.png' },
          { name: 'title', value: 'x', enabled: true, kind: 'text', file: null },
        ],
      },
    });
    // A file kept under a body kind not in use is not sent, so not counted.
    const unused = draft({ body: { ...draft().body, kind: 'json', file: missing } });
    const items: Collection['items'] = [
      { type: 'request', id: '1', name: 'a', draft: binary },
      {
        type: 'folder',
        id: 'f',
        name: 'F',
        items: [{ type: 'request', id: '2', name: 'b', draft: multipart }],
      },
      { type: 'request', id: '3', name: 'c', draft: unused },
    ];
    expect(leftBehind(collection(items), []).files).toBe(2);
  });

  it('counts secret values (not blank ones) in the collection and environments', () => {
    const v = (secret: boolean, value: string) => ({ name: 'n', value, enabled: true, secret });
    const result = leftBehind(collection([], [v(true, 's'), v(false, 'p'), v(true, '')]), [
      { id: 'e', name: 'E', variables: [v(true, 'token')] },
    ]);
    expect(result.secrets).toBe(2);
  });

  it('counts requests with a password or token typed into Auth', () => {
    const items: Collection['items'] = [
      { type: 'request', id: '1', name: 'a', draft: draft({ auth: { type: 'bearer', token: 'abc' } }) },
      {
        type: 'request',
        id: '2',
        name: 'b',
        draft: draft({ auth: { type: 'basic', username: 'u', password: '' } }),
      },
    ];
    expect(leftBehind(collection(items), []).typedCredentials).toBe(1);
  });
});
