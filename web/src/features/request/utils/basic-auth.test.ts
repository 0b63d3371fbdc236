import { describe, expect, it } from 'vitest';
import { basicAuthValue } from './basic-auth.ts';

describe('basicAuthValue', () => {
  it('encodes user:password in base64', () => {
    expect(basicAuthValue('user', 'passwd')).toBe('Basic dXNlcjpwYXNzd2Q=');
    expect(basicAuthValue('', '')).toBe('Basic Og==');
  });

  it('encodes non-ASCII text as UTF-8 first (RFC 7617)', () => {
    expect(basicAuthValue('test', '123£')).toBe('Basic dGVzdDoxMjPCow==');
    expect(basicAuthValue('José', 'пароль')).toBe(
      `Basic ${Buffer.from('José:пароль', 'utf8').toString('base64')}`,
    );
  });
});
