import { describe, expect, it } from 'vitest';
import { ChunkReader } from './chunk-reader.ts';

describe('ChunkReader', () => {
  const reader = new ChunkReader([new Uint8Array([0, 1, 2]), new Uint8Array([3]), new Uint8Array([4, 5, 6])]);

  it('reads across chunk boundaries', () => {
    expect(reader.length).toBe(7);
    expect([...reader.slice(2, 6)]).toEqual([2, 3, 4, 5]);
    expect([...reader.slice(0, 1)]).toEqual([0]);
  });

  it('clips to the body', () => {
    expect([...reader.slice(5, 100)]).toEqual([5, 6]);
    expect(reader.slice(9, 12).length).toBe(0);
  });

  it('can stop at a chunk count, for a body still arriving', () => {
    expect(new ChunkReader([new Uint8Array(4), new Uint8Array(4)], 1).length).toBe(4);
  });
});
