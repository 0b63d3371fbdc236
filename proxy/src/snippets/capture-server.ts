import type { IncomingHttpHeaders } from 'node:http';
import { type RunningServer, startHttpServer } from '../testing/servers.ts';

/** One request exactly as it reached the server. */
export interface Captured {
  method: string;
  /** The request target of the start line: path and query, as sent. */
  target: string;
  /** Header names lowercased, values as received (repeated headers joined the way Node joins them). */
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A loopback server that records every request and answers a small JSON body. */
export interface CaptureServer extends RunningServer {
  /** The next request whose path starts with `prefix` (or one already received). */
  next(prefix: string): Promise<Captured>;
}

/**
 * Starts a server that keeps what arrives, keyed by the first path segments, so that tests sending
 * to different prefixes can run side by side.
 *
 * @example
 * const capture = await startCaptureServer();
 * await fetch(`${capture.url}/t1/hello`);
 * const sent = await capture.next('/t1/');
 */
export async function startCaptureServer(): Promise<CaptureServer> {
  const received: Captured[] = [];
  const waiting: { prefix: string; resolve: (captured: Captured) => void }[] = [];
  const server = await startHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const captured: Captured = {
        method: req.method ?? '',
        target: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      const index = waiting.findIndex((w) => captured.target.startsWith(w.prefix));
      if (index === -1) received.push(captured);
      else waiting.splice(index, 1)[0]!.resolve(captured);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(req.method === 'HEAD' ? undefined : '{"received": true}');
    });
  });
  return {
    ...server,
    next(prefix) {
      const index = received.findIndex((c) => c.target.startsWith(prefix));
      if (index !== -1) return Promise.resolve(received.splice(index, 1)[0]!);
      return new Promise((resolve) => waiting.push({ prefix, resolve }));
    },
  };
}
