import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { track } from '../children.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Builds web/ the way `pnpm start` does, every run: deciding whether dist/ is stale would miss edits
 * to shared/ or a dependency, and a build takes seconds. Its output is shown only when it fails.
 */
export async function buildWeb(): Promise<void> {
  const child = spawn('pnpm', ['--filter', '@playground/web', 'build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let output = '';
  child.stdout.on('data', (data: Buffer) => {
    output += data.toString();
  });
  child.stderr.on('data', (data: Buffer) => {
    output += data.toString();
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`Building web/ failed (exit code ${code}):\n${output.slice(-4_000)}`);
}
