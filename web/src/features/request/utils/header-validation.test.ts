import { describe, expect, it } from 'vitest';
import {
  countHeaderProblems,
  headerNameProblem,
  headerRowProblems,
  headerValueProblem,
} from './header-validation.ts';

describe('header names', () => {
  it('accepts tokens', () => {
    for (const name of ['Accept', 'X-Request-Id', 'spam', "x!#$%&'*+.^_`|~1"])
      expect(headerNameProblem(name)).toBeNull();
  });

  it('explains spaces, colons and other characters', () => {
    expect(headerNameProblem('Content Type')).toMatch(/spaces/);
    expect(headerNameProblem('Accept:')).toMatch(/":"/);
    expect(headerNameProblem('X(1)')).toMatch(/"\("/);
    expect(headerNameProblem('Grüße')).toMatch(/"ü"/);
    expect(headerNameProblem('')).toMatch(/needs a name/);
  });
});

describe('header values', () => {
  it('accepts text, tabs and Latin-1', () => {
    for (const value of ['', 'application/json', 'a\tb', 'café'])
      expect(headerValueProblem(value)).toBeNull();
  });

  it('refuses CR/LF, control characters and what Latin-1 cannot carry', () => {
    expect(headerValueProblem('a\r\nX-Evil: 1')).toMatch(/line break/);
    expect(headerValueProblem('a\nb')).toMatch(/line break/);
    expect(headerValueProblem('a\u0000b')).toMatch(/control/);
    expect(headerValueProblem('price in €')).toMatch(/%E2%82%AC/);
  });
});

describe('rows', () => {
  it('checks only what is sent', () => {
    expect(headerRowProblems({ name: 'bad name', value: '', enabled: false })).toEqual({
      name: null,
      value: null,
    });
    expect(headerRowProblems({ name: '', value: '', enabled: true })).toEqual({ name: null, value: null });
    expect(headerRowProblems({ name: '', value: 'x', enabled: true }).name).toMatch(/needs a name/);
    expect(
      countHeaderProblems([
        { name: 'ok', value: '1', enabled: true },
        { name: 'not ok', value: '1', enabled: true },
        { name: 'X', value: 'a\nb', enabled: true },
      ]),
    ).toBe(2);
  });
});
