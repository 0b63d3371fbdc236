import { describe, expect, it } from 'vitest';
import { hexRow, hexRowCount } from './hex-rows.ts';

describe('hexRow', () => {
  it('shows offset, hex bytes with a middle gap, and printable ASCII', () => {
    const bytes = new TextEncoder().encode('Hello, world!\n\0\xff');
    const row = hexRow(bytes.subarray(0, 16), 16);
    expect(row.offset).toBe('00000010');
    expect(row.hex).toBe('48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 c3');
    expect(row.ascii).toBe('Hello, world!...');
  });

  it('leaves a short last row short', () => {
    const row = hexRow(new Uint8Array([0x41, 0x42]), 32);
    expect(row.hex).toBe('41 42');
    expect(row.ascii).toBe('AB');
  });

  it('counts rows', () => {
    expect(hexRowCount(0)).toBe(0);
    expect(hexRowCount(16)).toBe(1);
    expect(hexRowCount(17)).toBe(2);
  });
});
