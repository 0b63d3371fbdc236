import { describe, expect, it } from 'vitest';
import { cookiesNotice } from './cookies-notice.ts';

describe('cookiesNotice', () => {
  it('puts a failing save first, then what happened to what was saved', () => {
    expect(
      cookiesNotice({ kind: 'partly', reason: 'x.' }, 'the browser’s storage for this site is full.'),
    ).toBe('Cookies can’t be kept in this browser: the browser’s storage for this site is full.');
    expect(cookiesNotice(null, null)).toBeNull();
    expect(
      cookiesNotice({ kind: 'unreadable', reason: 'the saved data is not a set of cookie jars.' }, null),
    ).toBe(
      'Your saved cookies couldn’t be restored: the saved data is not a set of cookie jars. They were set aside; the jars start empty.',
    );
    expect(cookiesNotice({ kind: 'partly', reason: '1 cookie could not be read.' }, null)).toBe(
      'Some saved cookies couldn’t be restored: 1 cookie could not be read.',
    );
  });
});
