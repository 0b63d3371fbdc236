import type { WirePart } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { byteCount, moreBytes, partContent, WIRE_HEX_BYTES, WIRE_TEXT_BYTES } from './wire-display.ts';

const part = (kind: WirePart['kind'], start: number, end: number): WirePart => ({
  kind,
  section: 'body',
  start,
  end,
});

describe('partContent', () => {
  it('draws line ends as \\r\\n, as programmers write them', () => {
    const bytes = Uint8Array.from([0x0d, 0x0a, 0x0a]);
    expect(partContent(part('line-end', 0, 2), bytes)).toEqual({ kind: 'mark', text: '\\r\\n' });
    expect(partContent(part('line-end', 2, 3), bytes)).toEqual({ kind: 'mark', text: '\\n' });
  });

  it('shows a binary body as a hex note, never its raw control bytes', () => {
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => (i * 37) % 256);
    const content = partContent(part('body', 0, 64), bytes);
    expect(content).toMatchObject({ kind: 'hex', bytes: 64, hidden: 0 });
    if (content.kind !== 'hex') throw new Error('hex expected');
    expect(content.rows).toHaveLength(4);
    expect(content.rows[0]).toMatch(/^00 25 4a 6f 94 b9 de 03 {2}28 4d/);
    const shown = [...content.rows.join('')].map((c) => c.charCodeAt(0));
    expect(shown.every((code) => code >= 0x20 && code < 0x7f)).toBe(true);
  });

  it('cuts a long binary body and counts the rest', () => {
    const bytes = new Uint8Array(2000);
    expect(partContent(part('chunk-data', 0, 2000), bytes)).toMatchObject({
      kind: 'hex',
      bytes: 2000,
      hidden: 2000 - WIRE_HEX_BYTES,
    });
  });

  it('cuts long text and counts the rest', () => {
    const bytes = new TextEncoder().encode('a'.repeat(WIRE_TEXT_BYTES + 10));
    const content = partContent(part('body', 0, bytes.length), bytes);
    expect(content).toMatchObject({ kind: 'text', hidden: 10 });
  });

  it('escapes control characters in header text', () => {
    const bytes = new TextEncoder().encode('a\u001bb');
    expect(partContent({ kind: 'field-value', section: 'headers', start: 0, end: 3 }, bytes)).toEqual({
      kind: 'text',
      runs: [
        { text: 'a', escaped: false },
        { text: '\\x1b', escaped: true },
        { text: 'b', escaped: false },
      ],
      hidden: 0,
    });
  });
});

describe('byteCount', () => {
  it('reads as words', () => {
    expect(byteCount(1)).toBe('1 byte');
    expect(byteCount(65536)).toBe('65,536 bytes');
    expect(moreBytes(1)).toBe('… 1 more byte');
    expect(moreBytes(65024)).toBe('… 65,024 more bytes');
  });
});
