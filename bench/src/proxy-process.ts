import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAUNCH_TOKEN_HEADER } from '@playground/shared';
import { stopChild, track } from './children.ts';

/** BENCH_PROXY_DIR benches another checkout of proxy/, e.g. to compare a change with main's. */
const proxyDir = process.env.BENCH_PROXY_DIR ?? fileURLToPath(new URL('../../proxy/', import.meta.url));
const STARTUP_MS = 30_000;

/** The real proxy (proxy/src/server.ts) running in a child process of its own. */
export interface ProxyProcess {
  origin: string;
  /** The pid of the Node process that runs the proxy itself (no wrapper in between). */
  pid: number;
  /** What every `/api` call carries: JSON, and the launch key the proxy's own page would send. */
  apiHeaders: Record<string, string>;
  stop(): Promise<void>;
}

/** A port nothing listens on right now (the proxy has no PORT=0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitForHealth(origin: string, child: ChildProcess, logFile: string): Promise<void> {
  let spawnError: Error | undefined;
  child.once('error', (err) => {
    spawnError = err;
  });
  const deadline = performance.now() + STARTUP_MS;
  while (performance.now() < deadline) {
    if (spawnError) throw new Error(`The proxy could not be started in ${proxyDir}: ${spawnError.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The proxy exited during startup (code ${child.exitCode}). Its log:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${origin}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `The proxy did not answer ${origin}/api/health within ${STARTUP_MS / 1000} s:\n${tail(logFile)}`,
  );
}

/**
 * Starts `proxy/src/server.ts` with `node --import tsx` rather than the tsx CLI, which would put a
 * second Node process in between and make the pid's memory not the proxy's. Its log (pino lines for
 * every request) goes to a temporary file: a pipe would cost the bench process CPU to drain.
 */
export async function startProxy(): Promise<ProxyProcess> {
  const port = await freePort();
  const token = randomBytes(32).toString('base64url');
  const logFile = path.join(os.tmpdir(), `playground-bench-proxy-${process.pid}-${port}.log`);
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: proxyDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PLAYGROUND_TOKEN: token },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  track(child);
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child);
    rmSync(logFile, { force: true });
  };
  try {
    await waitForHealth(origin, child, logFile);
  } catch (err) {
    await stop();
    throw err;
  }
  const apiHeaders = { 'content-type': 'application/json', [LAUNCH_TOKEN_HEADER]: token };
  return { origin, pid: child.pid!, apiHeaders, stop };
}

/** Sends one `GET url` through the proxy and reads the whole answer, to warm it up. */
export async function runOnce(proxy: ProxyProcess, url: string): Promise<void> {
  const res = await fetch(`${proxy.origin}/api/run`, {
    method: 'POST',
    headers: proxy.apiHeaders,
    body: JSON.stringify({ method: 'GET', url }),
  });
  if (!res.ok) throw new Error(`The proxy answered ${res.status} to a warm-up request.`);
  await res.arrayBuffer();
}
