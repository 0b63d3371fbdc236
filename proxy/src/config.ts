import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TLS_PRACTICE_PORT } from '@playground/shared';
import ipaddr from 'ipaddr.js';

/**
 * `local`: one learner on their own computer, bound to loopback; may reach their own `localhost`
 * servers. `shared`: a classroom server; refuses private targets and limits each client.
 */
export type PlaygroundMode = 'local' | 'shared';

/** How this proxy instance runs; read once from the environment at start. */
export interface ProxyConfig {
  host: string;
  port: number;
  mode: PlaygroundMode;
  /** The built SPA to serve, if it exists. */
  webDist: string;
  /** Uploaded request bodies wait here until a request streams them out. */
  blobDir: string;
  /** The largest file one upload may be. */
  maxBlobBytes: number;
  /** The largest JSON request description `POST /api/run` accepts. */
  maxSpecBytes: number;
  /** The most (decoded) response body bytes passed on; see `responseLimit`. */
  maxResponseBytes: number;
  /**
   * Past `maxResponseBytes`, a shared playground cuts the body and marks it truncated (the learner
   * cannot raise the limit, and the first bytes are still worth seeing); a local one, where the
   * learner set the limit themselves, says so with an error.
   */
  responseLimit: 'truncate' | 'fail';
  /** The largest response head accepted from an upstream server. */
  maxResponseHeaderBytes: number;
  /** The longest one request may take, redirects and body included, whatever its own options say. */
  maxRequestMs: number;
  /** Per client address: calls to `/api/run` and `/api/blobs` in any 60 seconds. */
  requestsPerMinute: number;
  /** Per client address: requests running at once. */
  concurrentRequests: number;
  /** Targets reachable even in shared mode: IP addresses, CIDR ranges, host names (`.example.org`: its subdomains). */
  allowTargets: string[];
  /** Targets never connected to, in either mode (same forms as `allowTargets`). */
  denyTargets: string[];
  /** The class access code a shared playground asks for once; empty for none. */
  accessCode: string;
  /** The origin learners open, when a reverse proxy in front of the playground changes the Host. */
  publicOrigin: string | null;
  /** Behind one reverse proxy: the client is the last `X-Forwarded-For` address, not the socket's peer. */
  trustProxy: boolean;
  /** `pnpm dev`: the Vite dev server's port, whose loopback origins the proxy also accepts. */
  devPort: number | null;
  /**
   * The per-launch key the served page carries and every `/api` call must send back (local mode).
   * Random unless `PLAYGROUND_TOKEN` sets it (for scripts that start the proxy and call it).
   */
  launchToken: string;
  /** How long shutdown waits for requests still running before it cuts them. */
  shutdownGraceMs: number;
  /** The SQLite file published snapshots are kept in (created with its folder on demand). */
  shareDbPath: string;
  /** The largest collection JSON `POST /api/shares` accepts, in bytes. */
  shareMaxBytes: number;
  /** How long a published snapshot is kept, in days. */
  shareDays: number;
  /** Per client address: snapshots published in any hour. */
  sharesPerHour: number;
  /**
   * Where the practice HTTPS endpoints (`https://expired.practice.localhost:8443/`, ...) listen on
   * 127.0.0.1 for other programs; 0 for any free port. The playground reaches them in process.
   */
  tlsPracticePort: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const MiB = 1024 ** 2;

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a non-negative number, got "${raw}".`);
  }
  return value;
}

function portFromEnv(name: string, fallback: number): number {
  const port = numberFromEnv(name, fallback);
  if (!Number.isInteger(port) || port > 65_535) {
    throw new Error(`${name} must be a port number from 0 to 65535, got "${process.env[name]}".`);
  }
  return port;
}

function listFromEnv(name: string): string[] {
  return (process.env[name] ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** `localhost`, 127.0.0.0/8 and ::1 (with or without brackets): only this computer can connect. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare.toLowerCase() === 'localhost') return true;
  if (!ipaddr.isValid(bare)) return false;
  return ipaddr.process(bare).range() === 'loopback';
}

function modeFrom(host: string, requested: string | undefined): PlaygroundMode {
  if (requested === undefined || requested === '') return isLoopbackHost(host) ? 'local' : 'shared';
  if (requested !== 'local' && requested !== 'shared') {
    throw new Error(`PLAYGROUND_MODE must be "local" or "shared", got "${requested}".`);
  }
  if (requested === 'local' && !isLoopbackHost(host)) {
    // Local mode reaches this computer's own servers; on a network interface, anyone who can reach
    // the port could use the playground to reach them too.
    throw new Error(
      `PLAYGROUND_MODE=local needs a loopback HOST (127.0.0.1, ::1 or localhost), got "${host}". ` +
        'To serve a class over the network, use PLAYGROUND_MODE=shared.',
    );
  }
  return requested;
}

function launchTokenFromEnv(): string {
  const fixed = process.env.PLAYGROUND_TOKEN;
  if (fixed === undefined || fixed === '') return randomBytes(32).toString('base64url');
  if (fixed.length < 32 || !/^[A-Za-z0-9._~-]+$/.test(fixed)) {
    throw new Error('PLAYGROUND_TOKEN must be at least 32 characters of letters, digits, . _ ~ or -.');
  }
  return fixed;
}

function publicOriginFromEnv(): string | null {
  const raw = process.env.PLAYGROUND_PUBLIC_ORIGIN;
  if (raw === undefined || raw === '') return null;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  } catch {
    // Reported below.
  }
  throw new Error(
    `PLAYGROUND_PUBLIC_ORIGIN must be an origin such as https://playground.example.org, got "${raw}".`,
  );
}

/**
 * The configuration from the environment: defaults for one learner on a laptop, or for a class when
 * `PLAYGROUND_MODE=shared` (automatic when `HOST` is not a loopback address). `overrides` win.
 */
export function configFromEnv(overrides: Partial<ProxyConfig> = {}): ProxyConfig {
  const host = overrides.host ?? process.env.HOST ?? '127.0.0.1';
  const mode = overrides.mode ?? modeFrom(host, process.env.PLAYGROUND_MODE);
  const shared = mode === 'shared';
  const unlimited = Number.POSITIVE_INFINITY;
  return {
    host,
    port: numberFromEnv('PORT', 8787),
    mode,
    webDist: path.resolve(process.env.PLAYGROUND_WEB_DIST ?? path.resolve(here, '../../web/dist')),
    blobDir: process.env.PLAYGROUND_BLOB_DIR ?? '',
    maxBlobBytes: numberFromEnv('PLAYGROUND_MAX_UPLOAD_BYTES', shared ? 10 * MiB : 2 * 1024 ** 3),
    maxSpecBytes: numberFromEnv('PLAYGROUND_MAX_SPEC_BYTES', shared ? 1 * MiB : 16 * MiB),
    maxResponseBytes: numberFromEnv('PLAYGROUND_MAX_RESPONSE_BYTES', shared ? 10 * MiB : unlimited),
    responseLimit: shared ? 'truncate' : 'fail',
    maxResponseHeaderBytes: numberFromEnv('PLAYGROUND_MAX_HEADER_BYTES', 256 * 1024),
    maxRequestMs: numberFromEnv('PLAYGROUND_MAX_REQUEST_SECONDS', shared ? 60 : unlimited) * 1000,
    requestsPerMinute: numberFromEnv('PLAYGROUND_REQUESTS_PER_MINUTE', shared ? 60 : unlimited),
    concurrentRequests: numberFromEnv('PLAYGROUND_CONCURRENT_REQUESTS', shared ? 4 : unlimited),
    allowTargets: listFromEnv('PLAYGROUND_ALLOW_TARGETS'),
    denyTargets: listFromEnv('PLAYGROUND_DENY_TARGETS'),
    accessCode: process.env.PLAYGROUND_ACCESS_CODE ?? '',
    publicOrigin: publicOriginFromEnv(),
    trustProxy: process.env.PLAYGROUND_TRUST_PROXY === '1',
    devPort: null,
    launchToken: launchTokenFromEnv(),
    shutdownGraceMs: numberFromEnv('PLAYGROUND_SHUTDOWN_GRACE_SECONDS', 10) * 1000,
    shareDbPath: process.env.PLAYGROUND_SHARE_DB || path.resolve(here, '../.data/shares.sqlite'),
    shareMaxBytes: numberFromEnv('PLAYGROUND_SHARE_MAX_BYTES', 1_000_000),
    shareDays: numberFromEnv('PLAYGROUND_SHARE_DAYS', 90),
    sharesPerHour: numberFromEnv('PLAYGROUND_SHARES_PER_HOUR', 20),
    tlsPracticePort: portFromEnv('PLAYGROUND_TLS_PRACTICE_PORT', DEFAULT_TLS_PRACTICE_PORT),
    ...overrides,
  };
}
