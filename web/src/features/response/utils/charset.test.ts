import { describe, expect, it } from 'vitest';
import { charsetParameter, detectCharset } from './charset.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('charsetParameter', () => {
  it('reads quoted and unquoted parameters in any case', () => {
    expect(charsetParameter('text/html; charset="ISO-8859-1"')).toBe('iso-8859-1');
    expect(charsetParameter('application/json;CHARSET=utf-8')).toBe('utf-8');
    expect(charsetParameter('text/plain')).toBeNull();
  });
});

describe('detectCharset', () => {
  it('prefers the Content-Type', () => {
    expect(detectCharset('text/plain; charset=windows-1252', bytes('x'))).toBe('windows-1252');
  });

  it('reads a meta charset in HTML', () => {
    expect(detectCharset('text/html', bytes('<html><head><meta charset="Shift_JIS">'))).toBe('shift_jis');
    expect(
      detectCharset(null, bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">')),
    ).toBe('iso-8859-2');
  });

  it('falls back to UTF-8 for missing or unknown labels', () => {
    expect(detectCharset('application/json', bytes('{}'))).toBe('utf-8');
    expect(detectCharset('text/plain; charset=klingon', bytes('x'))).toBe('utf-8');
  });
});
