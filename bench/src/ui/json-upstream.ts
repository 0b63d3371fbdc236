import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bigJson } from './big-json.ts';

/** Each body goes out in this many writes, spread evenly over `SPREAD_MS`, as a slow API would send it. */
const CHUNKS = 50;
const SPREAD_MS = 1_000;

/** Wall-clock milliseconds (epoch, sub-millisecond), the clock the browser's timeOrigin also uses. */
export const wallClock = () => performance.timeOrigin + performance.now();

/** A loopback server answering `GET /json/<bytes>` with that much JSON, streamed over about a second. */
export interface JsonUpstream {
  origin: string;
  /** Resolves with the time (wallClock) the next body served for `path` has its last byte written. */
  nextLastByte(path: string): Promise<number>;
  /** The exact size of the body served for `path`. */
  bodyBytes(path: string): number | undefined;
  close(): Promise<void>;
}

function stream(res: http.ServerResponse, body: Buffer, done: () => void): void {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });
  const size = Math.ceil(body.length / CHUNKS);
  const started = performance.now();
  let sent = 0;
  let timer: NodeJS.Timeout | undefined;
  const write = () => {
    const chunk = body.subarray(sent * size, (sent + 1) * size);
    sent += 1;
    if (sent === CHUNKS) {
      res.end(chunk);
      done();
      return;
    }
    res.write(chunk);
    // Scheduled against the start, so timer drift does not stretch the whole body.
    timer = setTimeout(write, Math.max(0, started + (sent * SPREAD_MS) / (CHUNKS - 1) - performance.now()));
  };
  timer = setTimeout(write, 0);
  res.on('close', () => clearTimeout(timer));
}

/** Starts the upstream on a free port of 127.0.0.1, with one body generated per size asked for. */
export async function startJsonUpstream(sizes: number[]): Promise<JsonUpstream> {
  const bodies = new Map(sizes.map((bytes) => [`/json/${bytes}`, bigJson(bytes)]));
  const waiting = new Map<string, (at: number) => void>();
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://upstream').pathname;
    const body = bodies.get(path);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    stream(res, body, () => {
      const at = wallClock();
      waiting.get(path)?.(at);
      waiting.delete(path);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    nextLastByte: (path) => new Promise((resolve) => waiting.set(path, resolve)),
    bodyBytes: (path) => bodies.get(path)?.length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
