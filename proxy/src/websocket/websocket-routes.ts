import { type ProxyError, WS_PRACTICE_ECHO_PATH, WS_RELAY_PATH } from '@playground/shared';
import { type Context, Hono } from 'hono';
import type { ProxyConfig } from '../config.ts';
import type { ConnectPolicy, Resolver } from '../engine/connect.ts';
import type { Site } from '../security/site.ts';
import { practiceEcho } from './practice-echo.ts';
import { relay } from './relay.ts';
import type { UpgradeBindings, UpgradeHandler } from './upgrades.ts';

export interface WebSocketRouteDeps {
  config: ProxyConfig;
  site: Site;
  policy: ConnectPolicy | undefined;
  resolver?: Resolver | undefined;
  extraCA?: string[] | undefined;
}

const CONNECT_TIMEOUT_MS = 10_000;

/** A plain HTTP call to a WebSocket address: 426 and what to do instead. */
function notAnUpgrade(c: Context): Response {
  const error: ProxyError = {
    kind: 'invalid-request',
    title: 'This is a WebSocket address',
    message: `${c.req.path} speaks WebSocket: it answers only a request asking to upgrade (Upgrade: websocket).`,
    hint: `In the playground, write the address with ws:// (e.g. ws://${c.req.header('host') ?? '127.0.0.1:8787'}${WS_PRACTICE_ECHO_PATH}) and press Connect.`,
  };
  return c.json({ error }, 426);
}

/** Takes the socket when the call is an upgrade `attachUpgrades` passed on. */
function accept(c: Context, handler: UpgradeHandler): Response {
  const acceptUpgrade = (c.env as Partial<UpgradeBindings> | undefined)?.acceptUpgrade;
  if (acceptUpgrade === undefined) return notAnUpgrade(c);
  acceptUpgrade(handler);
  // Never sent: `attachUpgrades` answers 101 itself once a route accepted.
  return c.body(null, 204);
}

/**
 * `GET /api/ws?target=ws(s)://…` relays the page's WebSocket to a target (see `relay`), and
 * `GET /practice/ws/echo` is the practice echo. Both are reached only through `attachUpgrades`,
 * after the app's security middleware; plain HTTP calls get 426.
 */
export function webSocketRoutes(deps: WebSocketRouteDeps) {
  const app = new Hono();
  app.get(WS_RELAY_PATH, (c) => {
    const target = c.req.query('target') ?? '';
    // A shared playground refuses its own (loopback) address like any private one; its practice
    // echo is reached directly instead, as its HTTP practice server is answered in process.
    const ownOrigins = deps.config.mode === 'shared' ? deps.site.addressedOrigins(c) : null;
    const localPort = deps.site.port(c);
    return accept(c, (page) =>
      relay(page, target, {
        policy: deps.policy,
        resolver: deps.resolver,
        extraCA: deps.extraCA,
        connectTimeoutMs: CONNECT_TIMEOUT_MS,
        ownPractice: (url) => {
          if (ownOrigins === null || url.pathname !== WS_PRACTICE_ECHO_PATH) return null;
          const asHttp = `${url.protocol === 'wss:' ? 'https:' : 'http:'}//${url.host}`;
          return ownOrigins.has(asHttp)
            ? { protocol: 'http:', hostname: '127.0.0.1', port: localPort }
            : null;
        },
      }),
    );
  });
  app.get(WS_PRACTICE_ECHO_PATH, (c) => accept(c, practiceEcho));
  return app;
}
