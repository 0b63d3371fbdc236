import { describe, expect, it } from 'vitest';
import { base64ToBytes, latin1Text, looksBinary, safeTextRuns } from './wire-bytes.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const shown = (bytes: Uint8Array) =>
  safeTextRuns(bytes)
    .map((r) => (r.escaped ? `[${r.text}]` : r.text))
    .join('');

describe('safeTextRuns', () => {
  it('shows text as it is, CR LF as a line break, tabs kept', () => {
    expect(shown(utf8('{"a": 1}\r\nnext\tline\n'))).toBe('{"a": 1}\nnext\tline\n');
    expect(shown(utf8('grüße, 世界'))).toBe('grüße, 世界');
  });

  it('never puts a control, bidi or invisible character on screen raw', () => {
    expect(shown(Uint8Array.from([0x61, 0x00, 0x07, 0x1b, 0x62]))).toBe('a[\\x00\\x07\\x1b]b');
    expect(shown(utf8('lone\rCR'))).toBe('lone[\\r]CR');
    expect(shown(utf8('abc\u202Edef\u2066'))).toBe('abc[\\u{202e}]def[\\u{2066}]');
    expect(shown(utf8('\uFEFF{}'))).toBe('[\\u{feff}]{}');
    expect(shown(utf8('\u0085'))).toBe('[\\x85]');
  });

  it('reads bytes that are not UTF-8 one character per byte', () => {
    expect(shown(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x73]))).toBe('cafés');
  });

  it('shows a character cut in two by the end of the capture as its bytes', () => {
    expect(shown(utf8('日本').subarray(0, 4))).toBe('日[\\xe6]');
  });
});

describe('looksBinary', () => {
  it('calls text text, even cut off in the middle of a character', () => {
    expect(looksBinary(utf8('plain text\r\n'))).toBe(false);
    expect(looksBinary(utf8('日本').subarray(0, 5))).toBe(false);
    expect(looksBinary(new Uint8Array(0))).toBe(false);
  });

  it('calls NUL bytes, invalid UTF-8 and many controls binary', () => {
    expect(looksBinary(Uint8Array.from([0x1f, 0x8b, 0x08, 0x00]))).toBe(true);
    expect(looksBinary(Uint8Array.from([0xff, 0xfe, 0x41]))).toBe(true);
    expect(looksBinary(Uint8Array.from([1, 2, 3, 0x41, 0x42]))).toBe(true);
  });
});

describe('base64ToBytes and latin1Text', () => {
  it('round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const back = base64ToBytes(btoa(latin1Text(all)));
    expect([...back]).toEqual([...all]);
  });

  it('handles long inputs, one character per byte', () => {
    const long = new Uint8Array(100_000).fill(0x41);
    expect(latin1Text(long)).toHaveLength(100_000);
    expect(latin1Text(long, 10, 15)).toBe('AAAAA');
  });
});
