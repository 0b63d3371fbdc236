import { existsSync } from 'node:fs';
import type { PracticeInfo, ProxyError } from '@playground/shared';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { ProxyConfig } from './config.ts';
import { BlobStore } from './engine/blob-store.ts';
import type { ConnectPolicy, Resolver } from './engine/connect.ts';
import { InProcessServer } from './engine/in-process.ts';
import { clientLimits } from './middleware/client-limits.ts';
import { Drain, drainGuard } from './middleware/drain.ts';
import { hostAllowList } from './middleware/host-allow-list.ts';
import { requestLog } from './middleware/request-log.ts';
import { sameOrigin } from './middleware/same-origin.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import type { TlsPractice } from './practice/tls-practice/tls-practice-server.ts';
import { blobRoutes } from './routes/blobs.ts';
import { practiceForBrowsers, practiceRoutes } from './routes/practice.ts';
import { runRoutes } from './routes/run.ts';
import { shareRoutes } from './routes/shares.ts';
import { webAppRoutes } from './routes/web-app.ts';
import { accessRoutes, requireAccessCode } from './security/access-code.ts';
import { addressPolicy } from './security/address-policy.ts';
import { ClientLimiter } from './security/client-limiter.ts';
import { Site } from './security/site.ts';
import type { ShareStore } from './share/share-store.ts';
import { webSocketRoutes } from './websocket/websocket-routes.ts';

export interface AppDeps {
  config: ProxyConfig;
  logger: Logger;
  blobs: BlobStore;
  /** Replaces the connect policy the configuration implies (tests: a loopback "public" host). */
  connectPolicy?: ConnectPolicy;
  /** The engine's DNS (tests); the system's by default. */
  resolver?: Resolver;
  /** Extra trusted CA certificates (PEM), on top of the system's and NODE_EXTRA_CA_CERTS. */
  extraCA?: string[];
  /** Requests in flight; the server drains it on shutdown. */
  drain?: Drain;
  /** Where published snapshots are kept; without one, publishing answers 503 in words. */
  shares?: ShareStore | null;
  /** The clock of the share routes (tests: expiry). */
  now?: () => Date;
  /** The practice HTTPS endpoints (`startTlsPractice`); without them, `GET /api/practice` says `tls: null`. */
  tlsPractice?: TlsPractice | null;
}

/**
 * Everything the proxy serves: the API, the practice server and the built web app, behind the
 * checks of its mode (see SECURITY.md): in local mode only `localhost` names at its port and only
 * its own page with its launch key; in shared mode the policy refusing private targets and
 * per-client limits.
 */
export function createApp(deps: AppDeps) {
  const { config } = deps;
  const site = new Site(config);
  const drain = deps.drain ?? new Drain();
  const limiter = new ClientLimiter({
    perMinute: config.requestsPerMinute,
    concurrent: config.concurrentRequests,
  });
  const policy =
    deps.connectPolicy ??
    addressPolicy({
      blockPrivate: config.mode === 'shared',
      allow: config.allowTargets,
      deny: config.denyTargets,
    });
  const practice = practiceRoutes();
  const app = new Hono();

  app.use('*', requestLog(deps.logger));
  app.use('*', securityHeaders());
  app.use('*', drainGuard(drain));
  if (config.mode === 'local') app.use('*', hostAllowList(site));
  app.use(
    '/api/*',
    sameOrigin({
      site,
      launchToken: config.mode === 'local' ? config.launchToken : null,
      // A liveness probe for scripts and load balancers; it answers nothing but "ok".
      tokenExempt: (c) => c.req.path === '/api/health',
    }),
  );
  for (const path of ['/api/run', '/api/blobs']) {
    app.use(path, requireAccessCode(config.accessCode), clientLimits(limiter, config.trustProxy));
  }
  // A WebSocket conversation counts as one request, running until it closes.
  app.use('/api/ws', requireAccessCode(config.accessCode), clientLimits(limiter, config.trustProxy));
  // Publishing has a per-hour limit of its own (see shareRoutes), not the per-minute one of runs.
  for (const path of ['/api/shares', '/api/shares/*']) app.use(path, requireAccessCode(config.accessCode));

  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  app.get('/api/practice', (c) => c.json({ tls: deps.tlsPractice?.info ?? null } satisfies PracticeInfo));
  app.route(
    '/api',
    runRoutes({
      config,
      logger: deps.logger,
      blobs: deps.blobs,
      policy,
      resolver: deps.resolver,
      extraCA: deps.extraCA,
      practice: new InProcessServer(practice),
      tlsPractice: deps.tlsPractice?.connector,
      site,
    }),
  );
  app.route('/api', blobRoutes(deps));
  app.route('/api', shareRoutes({ config, logger: deps.logger, store: deps.shares ?? null, now: deps.now }));
  // WebSocket upgrades (see attachUpgrades); before the practice handler, which owns /practice/*.
  app.route('/', webSocketRoutes({ config, site, policy, resolver: deps.resolver, extraCA: deps.extraCA }));
  const practiceHandler = practiceForBrowsers(practice, site);
  for (const prefix of ['/httpbin', '/practice']) {
    app.all(prefix, practiceHandler);
    app.all(`${prefix}/*`, practiceHandler);
  }
  if (config.accessCode !== '') {
    app.route('/', accessRoutes({ code: config.accessCode, site, limiter, trustProxy: config.trustProxy }));
  }
  if (existsSync(config.webDist)) {
    app.route(
      '/',
      webAppRoutes({ root: config.webDist, launchToken: config.launchToken, accessCode: config.accessCode }),
    );
  }

  app.notFound((c) => {
    const error: ProxyError = {
      kind: 'invalid-request',
      title: 'Not found',
      message: `There is nothing at ${c.req.method} ${c.req.path} on the playground's proxy.`,
      hint: 'Check the address; the practice server lives under /httpbin/ and /practice/.',
    };
    return c.json({ error }, 404);
  });

  app.onError((err, c) => {
    deps.logger.error({ err }, 'unhandled error');
    const error: ProxyError = {
      kind: 'internal',
      title: 'The proxy hit a bug',
      message: 'Something went wrong inside the playground proxy itself, not with your request.',
      hint: 'Try again; if it keeps happening, the proxy log has the details.',
    };
    return c.json({ error }, 500);
  });

  return app;
}

export { BlobStore, Drain };
