import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FrameDecoder, LAUNCH_TOKEN_HEADER } from '@playground/shared';
import { describe, expect, it, onTestFinished } from 'vitest';
import { TEST_TOKEN } from './testing/app.ts';
import { freeClosedPort, startHttpServer } from './testing/servers.ts';

const proxyDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function start(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: proxyDir,
    // The share store in memory: a test server leaves no file behind.
    env: { ...process.env, PLAYGROUND_SHARE_DB: ':memory:', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output };
}

function waitForOutput(read: () => string, text: string, child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (read().includes(text)) {
        child.stdout?.off('data', check);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', () => reject(new Error(`server exited early:\n${read()}`)));
    check();
  });
}

describe('the proxy process', () => {
  it('refuses to start when NODE_TLS_REJECT_UNAUTHORIZED=0 would turn off HTTPS checks, saying why', async () => {
    const port = await freeClosedPort();
    const { child, output } = start({ NODE_TLS_REJECT_UNAUTHORIZED: '0', PORT: String(port) });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(output()).toContain('NODE_TLS_REJECT_UNAUTHORIZED=0');
    expect(output()).toContain('NODE_EXTRA_CA_CERTS');
  });

  it('serves on PORT and shuts down cleanly on SIGTERM', async () => {
    const port = await freeClosedPort();
    const { child, output } = start({ PORT: String(port), HOST: '127.0.0.1' });
    await waitForOutput(output, 'running at', child);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  });
});

/** An upstream that sends "first", then "last" only when `release()` is called. */
async function heldUpstream() {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const server = await startHttpServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('first ');
    void released.then(() => res.end('last'));
  });
  onTestFinished(() => server.close());
  return { url: server.url, release };
}

/** Starts a run through the proxy and reads until the first body bytes arrived. */
async function startRun(port: number, url: string) {
  const response = await fetch(`http://127.0.0.1:${port}/api/run`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [LAUNCH_TOKEN_HEADER]: TEST_TOKEN },
    body: JSON.stringify({ method: 'GET', url }),
  });
  const reader = response.body!.getReader();
  const decoder = new FrameDecoder();
  const seen: string[] = [];
  const read = async (until: (frames: string[]) => boolean) => {
    while (!until(seen)) {
      const { done, value } = await reader.read();
      if (done) return seen;
      for (const frame of decoder.push(value)) {
        seen.push(frame.kind === 'body' ? `body:${new TextDecoder().decode(frame.bytes)}` : frame.event.type);
      }
    }
    return seen;
  };
  await read((frames) => frames.some((f) => f.startsWith('body:')));
  return { rest: () => read(() => false).catch(() => seen) };
}

describe('graceful shutdown', () => {
  it('lets a running request finish and refuses new ones', async () => {
    const port = await freeClosedPort();
    const upstream = await heldUpstream();
    const { child, output } = start({ PORT: String(port), HOST: '127.0.0.1', PLAYGROUND_TOKEN: TEST_TOKEN });
    await waitForOutput(output, 'running at', child);
    const running = await startRun(port, upstream.url);

    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await waitForOutput(output, 'finishing 1 running request(s)', child);
    const late = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);

    upstream.release();
    expect(await running.rest()).toEqual([
      'request',
      'connection',
      'response',
      'body:first ',
      'body:last',
      'wire',
      'wire',
      'end',
    ]);
    const [code] = await exited;
    expect(code).toBe(0);
  });

  it('cuts what is still running after the grace period', async () => {
    const port = await freeClosedPort();
    const upstream = await heldUpstream();
    const { child, output } = start({
      PORT: String(port),
      HOST: '127.0.0.1',
      PLAYGROUND_TOKEN: TEST_TOKEN,
      PLAYGROUND_SHUTDOWN_GRACE_SECONDS: '0.5',
    });
    await waitForOutput(output, 'running at', child);
    const running = await startRun(port, upstream.url);

    const started = performance.now();
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(output()).toContain('were cut');
    expect(await running.rest()).not.toContain('end');
    upstream.release();
  });
});

describe('published snapshots in the proxy process', () => {
  const portable = {
    format: 'http-playground',
    v: 1,
    collection: {
      id: 'c',
      name: 'Kept across restarts',
      description: '',
      items: [],
      variables: [],
      session: { baseUrl: '', headers: [], cookies: true },
    },
    environments: [],
  };
  const api = (port: number, path: string, init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${port}/api${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', [LAUNCH_TOKEN_HEADER]: TEST_TOKEN },
    });
  async function running(env: Record<string, string>) {
    const port = await freeClosedPort();
    const proxy = start({ PORT: String(port), HOST: '127.0.0.1', PLAYGROUND_TOKEN: TEST_TOKEN, ...env });
    onTestFinished(() => {
      proxy.child.kill('SIGKILL');
    });
    await waitForOutput(proxy.output, 'running at', proxy.child);
    return { port, ...proxy };
  }
  const stop = async (child: ChildProcess) => {
    child.kill('SIGTERM');
    await once(child, 'exit');
  };

  it('keeps them in PLAYGROUND_SHARE_DB across a restart', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'playground-server-shares-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const env = { PLAYGROUND_SHARE_DB: path.join(dir, 'data', 'shares.sqlite') };
    const first = await running(env);
    const published = await api(first.port, '/shares', { method: 'POST', body: JSON.stringify(portable) });
    expect(published.status).toBe(201);
    const { id } = (await published.json()) as { id: string };
    await stop(first.child);

    const second = await running(env);
    const fetched = await api(second.port, `/shares/${id}`);
    expect(fetched.status).toBe(200);
    expect(((await fetched.json()) as { snapshot: unknown }).snapshot).toEqual(portable);
    await stop(second.child);
  });

  it('runs without them when the store cannot be opened, and says why', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'playground-server-shares-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const proxy = await running({ PLAYGROUND_SHARE_DB: dir }); // a folder, not a file
    expect(proxy.output()).toContain('PLAYGROUND_SHARE_DB');
    const published = await api(proxy.port, '/shares', { method: 'POST', body: JSON.stringify(portable) });
    expect(published.status).toBe(503);
    expect((await api(proxy.port, '/health')).status).toBe(200);
    await stop(proxy.child);
  });
});
