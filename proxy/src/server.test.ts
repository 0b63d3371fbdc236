import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freeClosedPort } from './testing/servers.ts';

const proxyDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function start(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: proxyDir,
    env: { ...process.env, ...env },
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
