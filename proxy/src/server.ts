import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp, Drain } from './app.ts';
import { configFromEnv, type ProxyConfig } from './config.ts';
import { devLaunchToken } from './dev-token.ts';
import { BlobStore } from './engine/blob-store.ts';
import { startTlsPractice, type TlsPractice } from './practice/tls-practice/tls-practice-server.ts';
import type { ShareStore } from './share/share-store.ts';
import { SqliteShareStore } from './share/sqlite-share-store.ts';
import { attachUpgrades } from './websocket/upgrades.ts';

const logger = pino({ name: 'http-playground' });

// HTTPS verification is never turned off: with this variable set, Node would accept any
// certificate for every request the proxy makes, and learners would be told lies about TLS.
if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') {
  logger.fatal(
    'The playground refuses to run with NODE_TLS_REJECT_UNAUTHORIZED=0, which would turn off HTTPS ' +
      'certificate checks. Unset it; to trust a local development CA, ' +
      'set NODE_EXTRA_CA_CERTS=/path/to/ca.pem instead.',
  );
  process.exit(1);
}

// `pnpm dev` (proxy's `dev` script) passes --dev: the page then comes from Vite's dev server.
const dev = process.argv.includes('--dev');

let config: ProxyConfig;
try {
  config = configFromEnv(dev ? { devPort: Number(process.env.PLAYGROUND_DEV_PORT ?? 5173) } : {});
  if (dev) config.launchToken = await devLaunchToken();
} catch (err) {
  logger.fatal((err as Error).message);
  process.exit(1);
}

function describeMode(c: ProxyConfig): string {
  if (c.mode === 'local') {
    return 'local mode: for this computer only; it may reach servers on this computer, other websites may not use it';
  }
  const limit = (n: number, unit: string) => (Number.isFinite(n) ? `${n} ${unit}` : 'no limit');
  return [
    'shared mode: private, loopback and metadata addresses are refused',
    `${limit(c.requestsPerMinute, 'requests/min')} and ${limit(c.concurrentRequests, 'at once')} per client`,
    `responses cut at ${limit(Math.round((c.maxResponseBytes / 1024 ** 2) * 10) / 10, 'MiB')}`,
    `${limit(c.maxRequestMs / 1000, 's')} per request`,
    c.accessCode === '' ? 'no access code' : 'access code required',
  ].join('; ');
}

const blobs = await BlobStore.create(config.blobDir);
const drain = new Drain();
// Without its share store the playground still runs: only publishing snapshots is unavailable.
let shares: ShareStore | null = null;
try {
  shares = SqliteShareStore.open(config.shareDbPath);
} catch (err) {
  logger.error(`${(err as Error).message} Publishing snapshots is off until then.`);
}
// The certificate lessons' HTTPS endpoints; without them the rest of the playground still runs.
let tlsPractice: TlsPractice | null = null;
try {
  tlsPractice = await startTlsPractice({
    port: config.tlsPracticePort,
    warn: (message) => logger.warn(message),
  });
} catch (err) {
  logger.error(
    { err },
    'The practice HTTPS endpoints could not be started; the certificate lessons will not work.',
  );
}
const app = createApp({ config, logger, blobs, drain, shares, tlsPractice });

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  logger.info(`HTTP Playground is running at http://${host}:${info.port} (${describeMode(config)})`);
});

// WebSocket upgrades go through the app's checks too (the relay at /api/ws, the practice echo).
attachUpgrades(server, app.fetch);

server.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EADDRINUSE') {
    logger.fatal(
      `Port ${config.port} is already in use. Stop the other program or set PORT to another port.`,
    );
  } else {
    logger.fatal({ err }, 'the server could not start');
  }
  process.exit(1);
});

let stopping = false;
/**
 * Stops taking connections and requests at once, lets the requests already running finish for up
 * to the grace period, then cuts whatever is left and exits. A second signal exits at once.
 */
async function shutdown(signal: string): Promise<void> {
  if (stopping) process.exit(130);
  stopping = true;
  logger.info(`${signal} received: finishing ${drain.running} running request(s), taking no new ones`);
  server.close();
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  const outcome = await drain.drain(config.shutdownGraceMs);
  if (outcome === 'timeout') {
    logger.warn(
      `${drain.running} request(s) still running after ${config.shutdownGraceMs / 1000} s were cut`,
    );
  }
  if ('closeAllConnections' in server) server.closeAllConnections();
  await blobs.dispose().catch(() => {});
  await shares?.close().catch(() => {});
  await tlsPractice?.close().catch(() => {});
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
