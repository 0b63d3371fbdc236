import { describe, expect, it } from 'vitest';
import { wireVersion } from './http-version.ts';

describe('wireVersion', () => {
  it('writes the version as the status line does', () => {
    expect(wireVersion('1.1')).toBe('HTTP/1.1');
    expect(wireVersion('HTTP/1.0')).toBe('HTTP/1.0');
  });
});
