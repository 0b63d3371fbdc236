import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where `pnpm dev` keeps the launch key, for Vite to write into the page it serves (see
 * web/vite.config.ts, which names the same file). Inside the repository's node_modules: per user,
 * never committed, readable only by the owner.
 */
export const DEV_TOKEN_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../node_modules/.cache/http-playground/dev-token',
);

/**
 * The launch key in `pnpm dev`. It is kept across the proxy's restarts (tsx restarts it on every
 * save), so a page Vite served keeps working while the proxy's code changes.
 */
export async function devLaunchToken(): Promise<string> {
  try {
    const kept = (await readFile(DEV_TOKEN_FILE, 'utf8')).trim();
    if (/^[A-Za-z0-9_-]{43}$/.test(kept)) return kept;
  } catch {
    // First run: no key yet.
  }
  const token = randomBytes(32).toString('base64url');
  await mkdir(path.dirname(DEV_TOKEN_FILE), { recursive: true });
  await writeFile(DEV_TOKEN_FILE, token, { mode: 0o600 });
  return token;
}
