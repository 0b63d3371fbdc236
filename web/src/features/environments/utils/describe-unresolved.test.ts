import { describe, expect, it } from 'vitest';
import { describeUnresolved, listInWords } from './describe-unresolved.ts';

const token = { name: 'token', reason: 'undefined' as const, places: ['header "Authorization"'] };
const local = { name: 'Local', variables: [] };
const users = { name: 'Users API', variables: [] };

describe('describeUnresolved', () => {
  it('says where the name was looked for and where it is used', () => {
    expect(describeUnresolved(token, { environment: local, collection: users })).toBe(
      '{{token}} is not defined in the active environment “Local” or the collection “Users API” (used in header "Authorization").',
    );
    expect(describeUnresolved(token, { environment: local, collection: null })).toBe(
      '{{token}} is not defined in the active environment “Local” (used in header "Authorization").',
    );
    expect(describeUnresolved(token, { environment: null, collection: users })).toBe(
      '{{token}} is not defined in the collection “Users API”, and no environment is active (used in header "Authorization").',
    );
    expect(describeUnresolved(token, { environment: null, collection: null })).toBe(
      '{{token}} is not defined: no environment is active (used in header "Authorization").',
    );
  });

  it('explains a variable nested too deep', () => {
    expect(
      describeUnresolved(
        { name: 'a', reason: 'too-deep', places: ['the address', 'the body'] },
        { environment: local, collection: null },
      ),
    ).toBe(
      '{{a}} (used in the address and the body) is inside another variable’s value and holds variables itself: only one level of nesting is filled in, so those go out as written.',
    );
  });
});

describe('listInWords', () => {
  it('joins with commas and "and"', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
