import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** How this proxy instance runs; read once from the environment at start. */
export interface ProxyConfig {
  host: string;
  port: number;
  /** The built SPA to serve, if it exists. */
  webDist: string;
  /** Uploaded request bodies wait here until a request streams them out. */
  blobDir: string;
  /** The largest file one upload may be. */
  maxBlobBytes: number;
  /** The largest JSON request description `POST /api/run` accepts. */
  maxSpecBytes: number;
  /** A response body past this many (decoded) bytes ends with a response-too-large error. */
  maxResponseBytes: number;
  /** The largest response head accepted from an upstream server. */
  maxResponseHeaderBytes: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a non-negative number, got "${raw}".`);
  }
  return value;
}

/** The configuration from the environment, with defaults for one learner on a laptop. */
export function configFromEnv(overrides: Partial<ProxyConfig> = {}): ProxyConfig {
  return {
    host: process.env.HOST ?? '127.0.0.1',
    port: numberFromEnv('PORT', 8787),
    webDist: path.resolve(here, '../../web/dist'),
    blobDir: process.env.PLAYGROUND_BLOB_DIR ?? '',
    maxBlobBytes: numberFromEnv('PLAYGROUND_MAX_UPLOAD_BYTES', 2 * 1024 ** 3),
    maxSpecBytes: numberFromEnv('PLAYGROUND_MAX_SPEC_BYTES', 16 * 1024 ** 2),
    maxResponseBytes: numberFromEnv('PLAYGROUND_MAX_RESPONSE_BYTES', Number.POSITIVE_INFINITY),
    maxResponseHeaderBytes: numberFromEnv('PLAYGROUND_MAX_HEADER_BYTES', 256 * 1024),
    ...overrides,
  };
}
