import { describe, expect, it } from 'vitest';
import { workspaceNotice } from './workspace-notice.ts';

describe('workspaceNotice', () => {
  it('says nothing when all is well', () => {
    expect(workspaceNotice(null, null)).toBeNull();
  });

  it('says why work cannot be saved, a failing save first', () => {
    expect(workspaceNotice({ kind: 'unreadable', reason: 'x.' }, 'the storage is full.')).toBe(
      'Your work can’t be saved in this browser: the storage is full.',
    );
    expect(workspaceNotice({ kind: 'storage', reason: 'no storage here.' }, null)).toBe(
      'Your work can’t be saved in this browser: no storage here.',
    );
  });

  it('says the workspace starts fresh when the saved one was unreadable', () => {
    expect(workspaceNotice({ kind: 'unreadable', reason: 'the saved data is not a workspace.' }, null)).toBe(
      'Your saved tabs couldn’t be restored: the saved data is not a workspace. You are starting with a fresh workspace.',
    );
  });
});
