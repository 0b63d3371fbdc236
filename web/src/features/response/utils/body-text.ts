import { TextRows } from './text-rows.ts';

/**
 * A body decoded to text as its chunks arrive: each chunk is decoded once (a streaming TextDecoder keeps
 * characters split across chunks whole) and only up to `limit` bytes, so a 100 MB body costs the view
 * no more than its first few megabytes.
 */
export class BodyText {
  readonly rows = new TextRows();
  readonly #decoder: TextDecoder;
  readonly #limit: number;
  #chunksRead = 0;
  #bytesRead = 0;
  #finished = false;
  /** Bumps whenever the text changed. */
  version = 0;
  /** Whether bytes past the limit were left out. */
  truncated = false;

  constructor(charset: string, limit: number) {
    this.#decoder = new TextDecoder(charset);
    this.#limit = limit;
  }

  /** Bytes decoded so far. */
  get bytesRead(): number {
    return this.#bytesRead;
  }

  /**
   * Decodes the chunks not seen yet. `final` flushes the decoder once the body is complete. Calling it
   * again with nothing new is free, so a render may call it every time.
   */
  sync(chunks: readonly Uint8Array[], final: boolean): void {
    let text = '';
    for (; this.#chunksRead < chunks.length; this.#chunksRead += 1) {
      const chunk = chunks[this.#chunksRead]!;
      const room = this.#limit - this.#bytesRead;
      if (room <= 0) {
        this.truncated = true;
        continue;
      }
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      if (part.length < chunk.length) this.truncated = true;
      text += this.#decoder.decode(part, { stream: true });
      this.#bytesRead += part.length;
    }
    if (final && !this.#finished) {
      this.#finished = true;
      text += this.#decoder.decode();
    }
    if (text !== '') {
      this.rows.append(text);
      this.version += 1;
    }
  }
}
