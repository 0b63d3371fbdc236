import { describe, expect, it } from 'vitest';
import type { ProxyEvent } from '../schemas/proxy-event.ts';
import { bodyFrameHeader, encodeEventFrame, type Frame, FrameDecoder, FrameFormatError } from './frames.ts';

const end: ProxyEvent = {
  type: 'end',
  timings: { dns: 1, connect: 2, tls: null, firstByte: 3, download: 4, total: 10 },
  sizes: { headerBytes: 100, bodyWireBytes: 3, bodyBytes: 3 },
};

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function decodeInPieces(stream: Uint8Array, pieceSize: number): Frame[] {
  const decoder = new FrameDecoder();
  const frames: Frame[] = [];
  for (let at = 0; at < stream.length; at += pieceSize) {
    frames.push(...decoder.push(stream.subarray(at, at + pieceSize)));
  }
  decoder.finish();
  return frames;
}

describe('frames', () => {
  const body = new Uint8Array([0, 255, 10, 13, 0x1f, 0x8b]);
  const stream = concat([bodyFrameHeader(body.length), body, encodeEventFrame(end)]);

  it('carry binary body bytes and events unchanged, however the stream is split', () => {
    for (const pieceSize of [1, 2, 5, 7, 1000]) {
      const frames = decodeInPieces(stream, pieceSize);
      expect(frames).toHaveLength(2);
      expect(frames[0]).toEqual({ kind: 'body', bytes: body });
      expect(frames[1]).toEqual({ kind: 'event', event: end });
    }
  });

  it('carry an empty body chunk', () => {
    expect(decodeInPieces(bodyFrameHeader(0), 1)).toEqual([{ kind: 'body', bytes: new Uint8Array(0) }]);
  });

  it('report a stream cut in the middle of a frame', () => {
    const decoder = new FrameDecoder();
    [...decoder.push(stream.subarray(0, stream.length - 1))];
    expect(() => decoder.finish()).toThrow(FrameFormatError);
  });

  it('refuse an event of the wrong shape', () => {
    const json = new TextEncoder().encode('{"type":"nonsense"}');
    const frame = concat([new Uint8Array([1, 0, 0, 0, json.length]), json]);
    expect(() => [...new FrameDecoder().push(frame)]).toThrow(FrameFormatError);
  });
});
