/**
 * Random access into a body kept as the chunks it arrived in, so views of a huge body read only the
 * bytes they show instead of joining everything into one array.
 */
export class ChunkReader {
  readonly #chunks: readonly Uint8Array[];
  /** Offset of each chunk's first byte. */
  readonly #starts: number[] = [];
  readonly length: number;

  constructor(chunks: readonly Uint8Array[], count = chunks.length) {
    this.#chunks = chunks.slice(0, count);
    let at = 0;
    for (const chunk of this.#chunks) {
      this.#starts.push(at);
      at += chunk.length;
    }
    this.length = at;
  }

  #chunkAt(offset: number): number {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Bytes [start, end), clipped to the body. */
  slice(start: number, end: number): Uint8Array {
    const from = Math.max(0, start);
    const to = Math.min(end, this.length);
    if (to <= from) return new Uint8Array(0);
    const out = new Uint8Array(to - from);
    let index = this.#chunkAt(from);
    let at = from;
    while (at < to) {
      const chunk = this.#chunks[index]!;
      const part = chunk.subarray(at - this.#starts[index]!, to - this.#starts[index]!);
      out.set(part, at - from);
      at += part.length;
      index += 1;
    }
    return out;
  }
}
