import { describe, expect, it } from 'vitest';
import { BodyText } from './body-text.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('BodyText', () => {
  it('decodes chunks once, keeping characters split across chunks whole', () => {
    const euro = bytes('€');
    const chunks = [bytes('a'), euro.subarray(0, 1)];
    const body = new BodyText('utf-8', 1000);
    body.sync(chunks, false);
    expect(body.rows.text).toBe('a');
    chunks.push(euro.subarray(1), bytes('\nb'));
    body.sync(chunks, true);
    body.sync(chunks, true);
    expect(body.rows.text).toBe('a€\nb');
    expect(body.rows.count).toBe(2);
  });

  it('stops at the limit and says so', () => {
    const body = new BodyText('utf-8', 4);
    body.sync([bytes('abc'), bytes('def')], true);
    expect(body.rows.text).toBe('abcd');
    expect(body.bytesRead).toBe(4);
    expect(body.truncated).toBe(true);
  });

  it('decodes other charsets', () => {
    const body = new BodyText('iso-8859-1', 100);
    body.sync([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], true);
    expect(body.rows.text).toBe('café');
  });
});
