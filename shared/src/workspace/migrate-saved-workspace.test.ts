import { describe, expect, it } from 'vitest';
import type { SavedDraft } from '../schemas/saved-workspace.ts';
import { migrateSavedWorkspace } from './migrate-saved-workspace.ts';

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

describe('migrateSavedWorkspace', () => {
  it('says nothing was saved when nothing was', () => {
    expect(migrateSavedWorkspace(undefined)).toEqual({ status: 'empty' });
  });

  it('keeps a v1 workspace as it was, files included', () => {
    const read = migrateSavedWorkspace(v1());
    expect(read).toEqual({ status: 'ok', workspace: v1(), dropped: null });
    if (read.status !== 'ok') return;
    expect(read.workspace.tabs[0]?.draft.body.parts[0]?.file).toBeInstanceOf(File);
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
    expect(read.dropped).toBe('1 of 3 saved tabs could not be read.');
  });

  it.each([
    ['a string', 'hello', 'the saved data is not a workspace.'],
    ['an array', [1, 2], 'the saved data is not a workspace.'],
    ['no version', { tabs: [] }, 'the saved data has no known format version.'],
    ['a newer version', { v: 2 }, 'it was saved by a newer version of HTTP Playground (format 2).'],
    ['no tabs', { v: 1, tabs: [], activeId: 'a' }, 'the saved tabs could not be read (at tabs).'],
    [
      'broken tabs',
      { v: 1, tabs: [{ id: 'a', draft: null }], activeId: 'a' },
      'the saved tabs could not be read (at tabs.0.draft).',
    ],
  ])('refuses %s with a reason', (_, stored, reason) => {
    expect(migrateSavedWorkspace(stored)).toEqual({ status: 'unreadable', reason });
  });
});
