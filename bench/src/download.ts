import { finished } from 'node:stream/promises';
import { FrameDecoder } from '@playground/shared';
import { request } from 'undici';
import type { DownloadJob, DownloadResult } from './jobs.ts';

/** The body bytes in one chunk of a framed answer; throws on an `error` event or a short `end`. */
function bodyBytesIn(frames: FrameDecoder, chunk: Uint8Array, expectBytes: number): number {
  let bytes = 0;
  for (const frame of frames.push(chunk)) {
    if (frame.kind === 'body') bytes += frame.bytes.length;
    else if (frame.event.type === 'error')
      throw new Error(`The proxy answered: ${frame.event.error.message}`);
    else if (frame.event.type === 'end' && frame.event.sizes.bodyBytes !== expectBytes) {
      throw new Error(`The proxy ended after ${frame.event.sizes.bodyBytes} of ${expectBytes} bytes.`);
    }
  }
  return bytes;
}

/**
 * Downloads `job.url`, directly or through the proxy, decoding the proxy's frames as they come and
 * keeping nothing: only the byte count grows. Both ways use the same client (undici).
 */
export async function download(job: DownloadJob): Promise<DownloadResult> {
  const cap = AbortSignal.timeout(job.capMs);
  const frames = job.proxy ? new FrameDecoder() : null;
  const started = performance.now();
  let bytes = 0;
  let last = started;
  const res = job.proxy
    ? await request(`${job.proxy.origin}/api/run`, {
        method: 'POST',
        headers: job.proxy.headers,
        body: JSON.stringify({ method: 'GET', url: job.url, options: { timeouts: { totalMs: 0 } } }),
        signal: cap,
      })
    : await request(job.url, { signal: cap });
  if (res.statusCode !== 200) throw new Error(`Status ${res.statusCode} for ${job.url}.`);
  // 'data' events hand over each chunk as it arrived; an async iterator would first concatenate
  // whatever is buffered, a copy that would count against the proxy.
  res.body.on('data', (chunk: Buffer) => {
    try {
      bytes += frames ? bodyBytesIn(frames, chunk, job.expectBytes) : chunk.length;
      last = performance.now();
    } catch (err) {
      res.body.destroy(err as Error);
    }
  });
  try {
    await finished(res.body);
    frames?.finish();
  } catch (err) {
    if (!cap.aborted) throw err;
  }
  if (!cap.aborted && bytes !== job.expectBytes) {
    throw new Error(`Received ${bytes} of ${job.expectBytes} bytes from ${job.url}.`);
  }
  return { bytes, seconds: (last - started) / 1000, complete: !cap.aborted };
}
