import { describe, expect, it } from 'vitest';
import { environmentsNotice } from './environments-notice.ts';

describe('environmentsNotice', () => {
  it('puts a failing save first', () => {
    expect(
      environmentsNotice({ kind: 'partly', reason: 'x.' }, 'the browser’s storage for this site is full.'),
    ).toBe('Environments can’t be saved in this browser: the browser’s storage for this site is full.');
  });

  it('says what happened to what was saved', () => {
    expect(environmentsNotice(null, null)).toBeNull();
    expect(
      environmentsNotice(
        { kind: 'unreadable', reason: 'the saved data is not a list of environments.' },
        null,
      ),
    ).toBe(
      'Your saved environments couldn’t be restored: the saved data is not a list of environments. They were set aside; you are starting with none.',
    );
    expect(
      environmentsNotice({ kind: 'partly', reason: '1 of 3 saved environments could not be read.' }, null),
    ).toBe('Some saved environments couldn’t be restored: 1 of 3 saved environments could not be read.');
  });
});
