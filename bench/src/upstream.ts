import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The answer to `GET /small`: a ~100-byte JSON document, like a small REST resource. */
export const SMALL_BODY = Buffer.from(
  JSON.stringify({
    id: 42,
    name: 'HTTP Playground',
    tags: ['bench', 'small'],
    done: false,
    owner: 'ada',
    score: 0.5,
  }),
);
/** The size of `GET /big`, generated on the fly rather than read from disk. */
export const BIG_BYTES = 1024 ** 3;
/** `GET /drip?run=NAME` writes this many chunks, one every `everyMs`. */
export const DRIP = { chunks: 20, everyMs: 100 } as const;

const BIG_CHUNK = Buffer.alloc(64 * 1024, 'x');

/** The target of every benchmark, in the bench process so the drip times share the reader's clock. */
export interface Upstream {
  origin: string;
  /** When each drip chunk was written (performance.now()), per `run` query parameter. */
  dripWrites: Map<string, number[]>;
  close(): Promise<void>;
}

function* bigChunks(): Generator<Buffer> {
  for (let left = BIG_BYTES; left > 0; left -= BIG_CHUNK.length) {
    yield left >= BIG_CHUNK.length ? BIG_CHUNK : BIG_CHUNK.subarray(0, left);
  }
}

function drip(res: http.ServerResponse, writes: number[]): void {
  res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
  let tick = 0;
  const timer = setInterval(() => {
    writes.push(performance.now());
    res.write(`${JSON.stringify({ tick })}\n`);
    tick += 1;
    if (tick === DRIP.chunks) {
      clearInterval(timer);
      res.end();
    }
  }, DRIP.everyMs);
  res.on('close', () => clearInterval(timer));
}

/** Starts the upstream on a free port of 127.0.0.1. */
export async function startUpstream(): Promise<Upstream> {
  const dripWrites = new Map<string, number[]>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://upstream');
    if (url.pathname === '/small') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': SMALL_BODY.length });
      res.end(SMALL_BODY);
    } else if (url.pathname === '/big') {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': BIG_BYTES });
      // A reader that goes away mid-body is expected (the download cap); nothing to report.
      pipeline(Readable.from(bigChunks(), { objectMode: false }), res).catch(() => {});
    } else if (url.pathname === '/drip') {
      const writes: number[] = [];
      dripWrites.set(url.searchParams.get('run') ?? '', writes);
      drip(res, writes);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    dripWrites,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
