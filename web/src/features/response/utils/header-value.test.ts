import { describe, expect, it } from 'vitest';
import { headerValue } from './header-value.ts';

describe('headerValue', () => {
  it('matches names in any case and takes the first of duplicates', () => {
    const headers: [string, string][] = [
      ['Set-Cookie', 'a=1'],
      ['set-cookie', 'b=2'],
      ['Content-Type', 'text/html'],
    ];
    expect(headerValue(headers, 'content-type')).toBe('text/html');
    expect(headerValue(headers, 'SET-COOKIE')).toBe('a=1');
    expect(headerValue(headers, 'Location')).toBeNull();
  });
});
