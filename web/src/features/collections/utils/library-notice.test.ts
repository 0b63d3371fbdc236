import { describe, expect, it } from 'vitest';
import { libraryNotice } from './library-notice.ts';

describe('libraryNotice', () => {
  it('says nothing when all is well', () => {
    expect(libraryNotice(null, null)).toBeNull();
  });

  it('says why collections cannot be saved, a failing save first', () => {
    expect(libraryNotice({ kind: 'partly', reason: 'x.' }, 'the storage is full.')).toBe(
      'Your collections can’t be saved in this browser: the storage is full.',
    );
    expect(libraryNotice({ kind: 'storage', reason: 'no storage here.' }, null)).toBe(
      'Your collections can’t be saved in this browser: no storage here.',
    );
  });

  it('says what happened to collections that could not be read', () => {
    expect(libraryNotice({ kind: 'unreadable', reason: 'the saved data is not a library.' }, null)).toBe(
      'Your saved collections couldn’t be restored: the saved data is not a library. They were set aside, and you are starting with none.',
    );
    expect(libraryNotice({ kind: 'partly', reason: '1 collection could not be read.' }, null)).toBe(
      'Some of your saved collections couldn’t be restored: 1 collection could not be read. The rest are here.',
    );
  });
});
