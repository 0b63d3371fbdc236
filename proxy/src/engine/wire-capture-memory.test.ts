import { base64ToBytes, RequestSpec, WIRE_CAPTURE_BYTES, type WireEvent } from '@playground/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBlobs } from '../testing/run.ts';
import { type RunningServer, startHttpServer } from '../testing/servers.ts';
import { runRequest } from './run-request.ts';

const HUNDRED_MB = 100 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x78);

let server: RunningServer;

beforeAll(async () => {
  // 100 MB, written as the client reads it (backpressure), never held whole.
  server = await startHttpServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': HUNDRED_MB });
    let sent = 0;
    const pump = () => {
      while (sent < HUNDRED_MB) {
        sent += CHUNK.length;
        if (!res.write(CHUNK)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  });
});
afterAll(() => server.close());

/** Downloads the 100 MB, dropping each chunk, and samples memory as it goes. */
async function download(captureWire: boolean) {
  const spec = RequestSpec.parse({ method: 'GET', url: `${server.url}/big` });
  const deps = {
    blobs: await testBlobs(),
    maxResponseBytes: Number.POSITIVE_INFINITY,
    maxResponseHeaderBytes: 65536,
  };
  const base = process.memoryUsage();
  let peak = 0;
  let bytes = 0;
  let chunks = 0;
  const wire: WireEvent[] = [];
  const started = performance.now();
  for await (const item of runRequest(spec, { ...deps, captureWire }, new AbortController().signal)) {
    if (item instanceof Uint8Array) {
      bytes += item.length;
      chunks += 1;
      if (chunks % 64 === 0) {
        const now = process.memoryUsage();
        peak = Math.max(peak, now.arrayBuffers - base.arrayBuffers + (now.heapUsed - base.heapUsed));
      }
    } else if (item.type === 'wire') wire.push(item);
  }
  return { bytes, peak, wire, ms: performance.now() - started };
}

describe('wire capture on a 100 MB download', () => {
  it('keeps memory flat, keeps 64 KiB, counts every byte, and costs little time', async () => {
    const off = await download(false);
    const on = await download(true);
    expect(on.bytes).toBe(HUNDRED_MB);
    const received = on.wire.find((w) => w.direction === 'received')!;
    expect(base64ToBytes(received.bytes)).toHaveLength(WIRE_CAPTURE_BYTES);
    expect(received.totalBytes).toBeGreaterThan(HUNDRED_MB);
    // The garbage collector decides most of the peak, so it is compared with the same download
    // without capture: a capture that kept every chunk would add the whole 100 MB.
    expect(on.peak).toBeLessThan(off.peak + 32 * 1024 * 1024);
    // Generous, as other work shares the machine; a capture that copied every chunk would pass
    // the memory bound only by luck of the GC and would show here.
    expect(on.ms).toBeLessThan(off.ms * 2 + 1000);
    console.info(
      `100 MB: capture off ${Math.round(off.ms)} ms, peak +${(off.peak / 1e6).toFixed(1)} MB; on ${Math.round(on.ms)} ms, peak +${(on.peak / 1e6).toFixed(1)} MB`,
    );
  }, 120_000);
});
