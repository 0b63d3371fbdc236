/**
 * What the main bench process asks its client process to do, and what comes back. The client runs
 * in its own process so that it never competes with the upstream for one event loop.
 */
/** Where the load goes and what a correct answer is. */
export interface LoadTarget {
  origin: string;
  method: 'GET' | 'POST';
  path: string;
  /** JSON to send, for `POST /api/run`, with the headers the proxy's API wants. */
  json?: unknown;
  headers?: Record<string, string>;
  /** `body`: the whole answer must be `expectBytes` long; `frames`: it must end with an `end` event saying so. */
  answer: 'body' | 'frames';
}

/**
 * The same load on each target in turn: a warm-up each, then `rounds` measured slices each,
 * alternating, so a burst of activity elsewhere on the machine weighs on every target alike.
 */
export interface LoadJob {
  kind: 'load';
  targets: LoadTarget[];
  expectBytes: number;
  connections: number;
  warmupMs: number;
  sliceMs: number;
  rounds: number;
}

/** One target's figures, over all its measured slices. */
export interface LoadStats {
  /** Successful requests in the measured slices. */
  requests: number;
  /** Successful requests, warm-up included. */
  totalRequests: number;
  errors: number;
  firstError: string | null;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface DownloadJob {
  kind: 'download';
  /** The upstream's URL; with `proxy`, fetched through `POST /api/run` there. */
  url: string;
  proxy?: { origin: string; headers: Record<string, string> };
  expectBytes: number;
  /** A download still running after this long is stopped, and measured on what arrived. */
  capMs: number;
}

export interface DownloadResult {
  bytes: number;
  seconds: number;
  complete: boolean;
}

export type ClientJob = LoadJob | DownloadJob;
export type ClientReply = { ok: true; result: LoadStats[] | DownloadResult } | { ok: false; error: string };
