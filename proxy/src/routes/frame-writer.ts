import type { ServerResponse } from 'node:http';
import { bodyFrameHeader, encodeEventFrame, FRAMES_CONTENT_TYPE } from '@playground/shared';
import type { EngineOutput } from '../engine/run-request.ts';

/** The headers of a frames answer, whichever way it is written. */
export const FRAMES_HEADERS = {
  'Content-Type': FRAMES_CONTENT_TYPE,
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

/** Frames for one engine output: a body chunk is its header and the chunk itself, never copied. */
export function framesOf(item: EngineOutput): Uint8Array[] {
  return item instanceof Uint8Array ? [bodyFrameHeader(item.length), item] : [encodeEventFrame(item)];
}

/**
 * Writes the engine's outputs straight to Node's response. Frames produced together (the request
 * and its connection, a body frame's header and its chunk) leave in one write: the socket is corked
 * until the current burst of work is done. Backpressure pauses the engine, and a browser that goes
 * away calls `onClose` at once.
 */
export async function writeFrames(
  events: AsyncGenerator<EngineOutput, void, undefined>,
  res: ServerResponse,
  onClose: () => void,
): Promise<void> {
  res.writeHead(200, FRAMES_HEADERS);
  let gone = false;
  res.once('close', () => {
    if (!res.writableFinished) {
      gone = true;
      onClose();
    }
  });
  let corked = false;
  const write = (frame: Uint8Array): boolean => {
    if (!corked) {
      corked = true;
      res.cork();
      process.nextTick(() => {
        corked = false;
        res.uncork();
      });
    }
    return res.write(frame);
  };
  try {
    for await (const item of events) {
      if (gone) break;
      let flowing = true;
      for (const frame of framesOf(item)) flowing = write(frame) && flowing;
      if (!flowing && !gone) {
        await new Promise<void>((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
      }
    }
    if (!gone) res.end();
  } catch {
    res.destroy();
  }
}
