import { describe, expect, it } from 'vitest';
import type { SavedDraft } from '../schemas/saved-workspace.ts';
import { migrateSavedWorkspace, workspaceV1ToV2 } from './migrate-saved-workspace.ts';

function draft(url: string): SavedDraft {
  return {
    method: 'POST',
    url,
    params: [{ name: 'q', value: '1', enabled: true }],
    pathVariables: [],
    headers: [{ name: 'X-Trace', value: 'abc', enabled: false }],
    body: {
      kind: 'json',
      text: '{"a":1}',
      textContentType: 'text/plain; charset=utf-8',
      fields: [],
      parts: [
        {
          kind: 'file',
          name: 'photo',
          value: '',
          enabled: true,
          file: new File(['hi'], 'cat.png', { type: 'image/png' }),
        },
      ],
      file: { missing: true, name: 'big.bin', size: 50_000_000, type: '' },
    },
    auth: { type: 'bearer', token: 't' },
    followRedirects: false,
    timeoutMs: 1000,
  };
}

const v1 = () => ({
  v: 1,
  tabs: [
    { id: 'a', draft: draft('http://x/a?q=1') },
    { id: 'b', draft: draft('http://x/b') },
  ],
  activeId: 'b',
});

const v2 = () => ({
  v: 2,
  tabs: [
    { id: 'a', draft: draft('http://x/a?q=1'), link: { collectionId: 'c1', requestId: 'r1' } },
    { id: 'b', draft: draft('http://x/b'), link: null },
  ],
  activeId: 'b',
});

describe('migrateSavedWorkspace', () => {
  it('says nothing was saved when nothing was', () => {
    expect(migrateSavedWorkspace(undefined)).toEqual({ status: 'empty' });
  });

  it('keeps a v2 workspace as it was, links and files included', () => {
    const read = migrateSavedWorkspace(v2());
    expect(read).toEqual({ status: 'ok', workspace: v2(), dropped: null });
    if (read.status !== 'ok') return;
    expect(read.workspace.tabs[0]?.draft.body.parts[0]?.file).toBeInstanceOf(File);
  });

  it('reads a v1 workspace as v2, with every tab unlinked and its draft untouched', () => {
    const read = migrateSavedWorkspace(v1());
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.workspace.v).toBe(2);
    expect(read.workspace.activeId).toBe('b');
    expect(read.workspace.tabs.map((t) => t.link)).toEqual([null, null]);
    expect(read.workspace.tabs.map((t) => t.draft)).toEqual(v1().tabs.map((t) => t.draft));
    expect(read.workspace.tabs[0]?.draft.body.parts[0]?.file).toBeInstanceOf(File);
  });

  it('migrates v1 to v2 with a pure function', () => {
    const before = { v: 1 as const, tabs: [{ id: 'a', draft: draft('http://x/') }], activeId: 'a' };
    expect(workspaceV1ToV2(before)).toEqual({
      v: 2,
      tabs: [{ id: 'a', draft: draft('http://x/'), link: null }],
      activeId: 'a',
    });
    expect(before.tabs[0]).not.toHaveProperty('link');
  });

  it('drops a v2 tab whose link is broken, keeping the rest', () => {
    const stored = v2();
    stored.tabs.push({ id: 'c', draft: draft('http://x/c'), link: { collectionId: 1 } as never });
    const read = migrateSavedWorkspace(stored);
    expect(read.status === 'ok' && read.workspace.tabs.map((t) => t.id)).toEqual(['a', 'b']);
    expect(read.status === 'ok' && read.dropped).toBe('1 of 3 saved tabs could not be read.');
  });

  it('makes the first tab active when the active one is gone', () => {
    const read = migrateSavedWorkspace({ ...v1(), activeId: 'zzz' });
    expect(read.status === 'ok' && read.workspace.activeId).toBe('a');
  });

  it('keeps the readable tabs and says how many were lost', () => {
    const stored = v1();
    stored.tabs.push({ id: 'c', draft: { url: 42 } as unknown as SavedDraft });
    const read = migrateSavedWorkspace(stored);
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.workspace.tabs.map((t) => t.id)).toEqual(['a', 'b']);
    expect(read.workspace.activeId).toBe('b');
    expect(read.workspace.tabs.every((t) => t.link === null)).toBe(true);
    expect(read.dropped).toBe('1 of 3 saved tabs could not be read.');
  });

  it.each([
    ['a string', 'hello', 'the saved data is not a workspace.'],
    ['an array', [1, 2], 'the saved data is not a workspace.'],
    ['no version', { tabs: [] }, 'the saved data has no known format version.'],
    ['a newer version', { v: 3 }, 'it was saved by a newer version of HTTP Playground (format 3).'],
    ['no tabs', { v: 1, tabs: [], activeId: 'a' }, 'the saved tabs could not be read (at tabs).'],
    ['no v2 tabs', { v: 2, tabs: [], activeId: 'a' }, 'the saved tabs could not be read (at tabs).'],
    [
      'broken tabs',
      { v: 1, tabs: [{ id: 'a', draft: null }], activeId: 'a' },
      'the saved tabs could not be read (at tabs.0.draft).',
    ],
  ])('refuses %s with a reason', (_, stored, reason) => {
    expect(migrateSavedWorkspace(stored)).toEqual({ status: 'unreadable', reason });
  });
});
