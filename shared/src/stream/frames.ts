import { ProxyEvent } from '../schemas/proxy-event.ts';

/**
 * The proxy answers `POST /api/run` with a stream of length-prefixed frames, so body bytes travel
 * as they are (no base64's extra third) and nothing waits for the whole body:
 *
 *     +--------+----------------------+-----------------+
 *     | 1 byte | 4 bytes, big-endian  | length bytes    |
 *     | kind   | length               | payload         |
 *     +--------+----------------------+-----------------+
 *
 * kind 1: a UTF-8 JSON `ProxyEvent`; kind 2: response body bytes, decoded from any
 * Content-Encoding.
 */
export const FRAMES_CONTENT_TYPE = 'application/vnd.http-playground.frames';

export const FRAME_EVENT = 1;
export const FRAME_BODY = 2;
const HEADER_BYTES = 5;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function frameHeader(kind: number, length: number): Uint8Array {
  const header = new Uint8Array(HEADER_BYTES);
  header[0] = kind;
  new DataView(header.buffer).setUint32(1, length);
  return header;
}

/** One event as a single frame. */
export function encodeEventFrame(event: ProxyEvent): Uint8Array {
  const json = encoder.encode(JSON.stringify(event));
  const frame = new Uint8Array(HEADER_BYTES + json.length);
  frame.set(frameHeader(FRAME_EVENT, json.length));
  frame.set(json, HEADER_BYTES);
  return frame;
}

/**
 * The 5-byte header for a body chunk. Write it, then the chunk itself, so large chunks are never
 * copied.
 */
export function bodyFrameHeader(chunkLength: number): Uint8Array {
  return frameHeader(FRAME_BODY, chunkLength);
}

export type Frame = { kind: 'event'; event: ProxyEvent } | { kind: 'body'; bytes: Uint8Array };

/** The stream broke the frame format: the proxy and the page disagree, or the stream was cut. */
export class FrameFormatError extends Error {
  override name = 'FrameFormatError';
}

/**
 * Splits a byte stream back into frames, whatever the chunk boundaries.
 *
 * @example
 * const frames = new FrameDecoder();
 * for await (const chunk of response.body) for (const frame of frames.push(chunk)) handle(frame);
 * frames.finish(); // throws if the stream stopped in the middle of a frame
 */
export class FrameDecoder {
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;

  *push(chunk: Uint8Array): Generator<Frame> {
    this.#pending.push(chunk);
    this.#pendingBytes += chunk.length;
    while (this.#pendingBytes >= HEADER_BYTES) {
      const header = this.#peek(HEADER_BYTES);
      const kind = header[0];
      const length = new DataView(header.buffer, header.byteOffset, HEADER_BYTES).getUint32(1);
      if (this.#pendingBytes < HEADER_BYTES + length) return;
      this.#take(HEADER_BYTES);
      const payload = this.#take(length);
      if (kind === FRAME_BODY) {
        yield { kind: 'body', bytes: payload };
      } else if (kind === FRAME_EVENT) {
        const parsed = ProxyEvent.safeParse(JSON.parse(decoder.decode(payload)));
        if (!parsed.success) throw new FrameFormatError(`An event from the proxy has an unexpected shape.`);
        yield { kind: 'event', event: parsed.data };
      } else {
        throw new FrameFormatError(`Unknown frame kind ${kind}.`);
      }
    }
  }

  /** Call at the end of the stream: throws when it ended in the middle of a frame. */
  finish(): void {
    if (this.#pendingBytes > 0) {
      throw new FrameFormatError('The response stream from the proxy was cut off in the middle.');
    }
  }

  /** The first `n` bytes without consuming them (n <= pendingBytes). */
  #peek(n: number): Uint8Array {
    const first = this.#pending[0]!;
    if (first.length >= n) return first.subarray(0, n);
    return this.#concat(n, false);
  }

  #take(n: number): Uint8Array {
    const first = this.#pending[0];
    if (n === 0) return new Uint8Array(0);
    if (first && first.length === n) {
      this.#pending.shift();
      this.#pendingBytes -= n;
      return first;
    }
    if (first && first.length > n) {
      this.#pending[0] = first.subarray(n);
      this.#pendingBytes -= n;
      return first.subarray(0, n);
    }
    return this.#concat(n, true);
  }

  #concat(n: number, consume: boolean): Uint8Array {
    const out = new Uint8Array(n);
    let filled = 0;
    let index = 0;
    while (filled < n) {
      const part = this.#pending[index]!;
      const used = Math.min(part.length, n - filled);
      out.set(part.subarray(0, used), filled);
      filled += used;
      if (consume) {
        if (used === part.length) this.#pending.shift();
        else this.#pending[0] = part.subarray(used);
      } else {
        index += 1;
      }
    }
    if (consume) this.#pendingBytes -= n;
    return out;
  }
}
