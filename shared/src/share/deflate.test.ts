import { describe, expect, it } from 'vitest';
import { deflateText, inflateText } from './deflate.ts';

describe('deflate', () => {
  it('round-trips text, non-ASCII included, and compresses repetition', async () => {
    const text = `${'{"name":"Get a todo","url":"/practice/todos/1"},'.repeat(200)} é 😀`;
    const packed = await deflateText(text);
    expect(packed.byteLength).toBeLessThan(text.length / 10);
    expect(await inflateText(packed, 1_000_000)).toEqual({ ok: true, text });
  });

  it('stops at the output limit (a small input that inflates to a lot)', async () => {
    const bomb = await deflateText('a'.repeat(20_000_000));
    expect(bomb.byteLength).toBeLessThan(100_000);
    expect(await inflateText(bomb, 1_000_000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('reports data cut short, edited, or not deflate at all as corrupt', async () => {
    const packed = await deflateText('{"hello":"world, this is a collection"}');
    expect(await inflateText(packed.subarray(0, packed.length - 3), 1000)).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    const edited = packed.slice();
    edited[edited.length - 8]! ^= 0x01;
    expect(await inflateText(edited, 1000)).toEqual({ ok: false, reason: 'corrupt' });
    expect(await inflateText(new TextEncoder().encode('plain text'), 1000)).toEqual({
      ok: false,
      reason: 'corrupt',
    });
  });

  it('refuses output that is not UTF-8', async () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9]);
    const packed = new Uint8Array(
      await new Response(
        new Blob([latin1]).stream().pipeThrough(new CompressionStream('deflate')),
      ).arrayBuffer(),
    );
    expect(await inflateText(packed, 1000)).toEqual({ ok: false, reason: 'corrupt' });
  });
});
