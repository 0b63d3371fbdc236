import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import type { AppDeps } from '../app.ts';
import type { ProxyConfig } from '../config.ts';
import { attachUpgrades } from '../websocket/upgrades.ts';
import { testApp } from './app.ts';

/** A stand-in for web/dist: the built app's page, without building the app. */
export async function fakeWebDist(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'playground-web-'));
  await writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><title>HTTP Playground</title></head><body><div id="root"></div></body></html>',
  );
  return dir;
}

/**
 * The app listening on a free loopback port, as `server.ts` runs it, for tests that need real
 * sockets: raw requests, upgrades, the port a request arrived on.
 */
export async function listeningApp(config: Partial<ProxyConfig> = {}, deps: Partial<AppDeps> = {}) {
  const app = await testApp({ webDist: await fakeWebDist(), ...config }, deps);
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  attachUpgrades(server, app.fetch);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
