import type { Duplex } from 'node:stream';
import { WIRE_CAPTURE_BYTES, type WireEvent } from '@playground/shared';

/** The first `limit` bytes of a stream of chunks, and a count of them all. Copies only what it keeps. */
export class ByteKeeper {
  readonly #limit: number;
  readonly #kept: Buffer[] = [];
  #keptBytes = 0;
  #total = 0;

  constructor(limit: number) {
    this.#limit = limit;
  }

  add(chunk: Buffer | Uint8Array | string, encoding?: BufferEncoding): void {
    const length = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
    this.#total += length;
    const room = this.#limit - this.#keptBytes;
    if (room <= 0 || length === 0) return;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    // A copy: the caller may reuse its buffer, and a slice would pin a whole large chunk in memory.
    const part = Buffer.from(bytes.subarray(0, room));
    this.#kept.push(part);
    this.#keptBytes += part.length;
  }

  get total(): number {
    return this.#total;
  }

  bytes(): Buffer {
    return Buffer.concat(this.#kept, this.#keptBytes);
  }
}

type WriteFunction = Duplex['write'];

/** A hop's capture: call `stop()` once the hop is over, then `events()` reports what crossed. */
export interface WireTap {
  /** Hands the socket back untouched; safe to call more than once. */
  stop(): void;
  events(hop: number): [WireEvent, WireEvent];
}

/**
 * Records the bytes a hop writes to and reads from `socket`, alongside Node's HTTP client: each
 * `write` is seen before it goes out (after TLS this is the plain text inside the encryption), and
 * each `data` chunk as Node's parser gets it. Only the first `limit` bytes each way are kept, the
 * rest just counted, so a 1 GiB download costs the same memory as a small one.
 *
 * Call `onSocket` when the client has taken the socket (its `socket` event), so the `data` listener
 * sits after the parser's and never switches a paused socket into flowing mode; `write` is wrapped
 * at once, since the client writes the head right after that event.
 *
 * @example
 * const tap = tapWire(connection.socket);
 * request.once('socket', tap.onSocket);
 * // ... the exchange ...
 * tap.stop();
 * for (const event of tap.events(hop)) yield event;
 */
export function tapWire(socket: Duplex, limit = WIRE_CAPTURE_BYTES): WireTap & { onSocket(): void } {
  const sent = new ByteKeeper(limit);
  const received = new ByteKeeper(limit);
  const hadOwnWrite = Object.hasOwn(socket, 'write');
  const original = socket.write;
  let listening = false;
  let stopped = false;

  const write = function (this: Duplex, chunk: unknown, ...rest: unknown[]): boolean {
    if (typeof chunk === 'string')
      sent.add(chunk, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8');
    else if (chunk instanceof Uint8Array) sent.add(chunk);
    return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as WriteFunction;
  socket.write = write;

  const onData = (chunk: Buffer | string) => received.add(chunk);

  return {
    onSocket() {
      if (stopped || listening) return;
      listening = true;
      socket.on('data', onData);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (listening) socket.off('data', onData);
      // Put the socket's own `write` back, so a kept-alive socket carries nothing of this hop.
      if (socket.write === write) {
        if (hadOwnWrite) socket.write = original;
        else delete (socket as { write?: WriteFunction }).write;
      }
    },
    events(hop) {
      return [
        {
          type: 'wire',
          hop,
          direction: 'sent',
          bytes: sent.bytes().toString('base64'),
          totalBytes: sent.total,
        },
        {
          type: 'wire',
          hop,
          direction: 'received',
          bytes: received.bytes().toString('base64'),
          totalBytes: received.total,
        },
      ];
    },
  };
}

/** The capture of the hop under way, until its `wire` events are out. */
export class HopCapture {
  #current: { tap: WireTap; hop: number } | undefined;

  /** Follows a new hop's capture (null when capture is off). */
  watch(tap: WireTap | null, hop: number): void {
    this.drop();
    if (tap) this.#current = { tap, hop };
  }

  /** Stops the capture and returns its two events; none when nothing was being captured. */
  finish(): WireEvent[] {
    const current = this.#current;
    if (!current) return [];
    this.#current = undefined;
    current.tap.stop();
    return current.tap.events(current.hop);
  }

  /** Stops without reporting: the hop is sent again, or the run ends without a word (cancelled). */
  drop(): void {
    this.#current?.tap.stop();
    this.#current = undefined;
  }
}
