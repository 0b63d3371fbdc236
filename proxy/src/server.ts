import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from './app.ts';
import { configFromEnv } from './config.ts';
import { BlobStore } from './engine/blob-store.ts';

const logger = pino({ name: 'http-playground' });

// HTTPS verification is never turned off: with this variable set, Node would accept any
// certificate for every request the proxy makes, and learners would be told lies about TLS.
if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') {
  logger.fatal(
    'NODE_TLS_REJECT_UNAUTHORIZED=0 is set, which would turn off HTTPS certificate checks. ' +
      'The playground refuses to run that way. Unset it; to trust a local development CA, ' +
      'set NODE_EXTRA_CA_CERTS=/path/to/ca.pem instead.',
  );
  process.exit(1);
}

const config = configFromEnv();
const blobs = await BlobStore.create(config.blobDir);
const app = createApp({ config, logger, blobs });

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  logger.info(`HTTP Playground is running at http://${host}:${info.port}`);
});

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
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal} received, shutting down`);
  server.close(() => {
    void blobs.dispose().finally(() => process.exit(0));
  });
  // Streams still open after a grace period (a long download, a client that never reads) are cut.
  setTimeout(() => {
    if ('closeAllConnections' in server) server.closeAllConnections();
  }, 5_000).unref();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
