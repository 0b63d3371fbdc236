/**
 * Records what the real httpbin answers, so the built-in practice server can be tested against it
 * without httpbin (CI has none).
 *
 * Run from the repository root:
 *
 *   pnpm --filter @playground/proxy exec tsx scripts/record-httpbin-fixtures.ts
 *
 * Needs Debian's `python3-httpbin` and `gunicorn` (`apt-get install python3-httpbin gunicorn`). It
 * starts `gunicorn httpbin:app` on a free loopback port, sends every request listed in
 * src/practice/httpbin/fixture-cases.ts and writes one JSON file per group into
 * src/practice/httpbin/fixtures/. Each entry holds the request exactly as sent (all headers, in
 * order) and the answer: status, reason, headers and body (text, base64, or a SHA-256 for large
 * binary bodies; compressed bodies are stored decoded). The Host header is always sent as
 * 127.0.0.1:8787, the playground's default address, so the fixtures do not change with the port.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { fixtureGroups } from '../src/practice/httpbin/fixture-cases.ts';
import { type RawAnswer, sendRaw } from '../src/practice/httpbin/raw-http.ts';

const HOST_HEADER = '127.0.0.1:8787';
const outDir = new URL('../src/practice/httpbin/fixtures/', import.meta.url);

/** Bodies larger than this that are not text are stored as a hash. */
const INLINE_BINARY_LIMIT = 2048;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function startHttpbin(port: number): ChildProcess {
  const child = spawn('gunicorn', ['--bind', `127.0.0.1:${port}`, '--workers', '2', 'httpbin:app'], {
    // Its log would show the tracebacks of the cases that are meant to fail.
    stdio: 'ignore',
    // Debian's gunicorn runs /usr/bin/python3; a pyenv or venv python on PATH would not find httpbin.
    // A fixed hash seed keeps Werkzeug's Allow lists in one order, so re-recording changes less.
    env: { ...process.env, PATH: `/usr/bin:${process.env.PATH ?? ''}`, PYTHONHASHSEED: '0' },
  });
  child.on('error', (err) => {
    console.error(
      `Could not start gunicorn (${err.message}). Install: apt-get install python3-httpbin gunicorn`,
    );
    process.exit(1);
  });
  return child;
}

async function waitUntilUp(port: number): Promise<void> {
  // gunicorn needs a moment to import Flask; poll a bounded number of times.
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await sendRaw(port, { method: 'GET', path: '/get', headers: [['Host', HOST_HEADER]] });
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error('httpbin did not start within 10 s');
}

function describeBody(answer: RawAnswer, head: boolean) {
  if (head) return { empty: true };
  const encoding = answer.headers.find(([name]) => name.toLowerCase() === 'content-encoding')?.[1];
  let bytes = answer.body;
  if (encoding === 'gzip') bytes = gunzipSync(bytes);
  else if (encoding === 'deflate') bytes = inflateSync(bytes);
  else if (encoding === 'br') bytes = brotliDecompressSync(bytes);
  const decoded = encoding ? { decodedFrom: encoding } : {};
  if (bytes.length === 0) return { ...decoded, empty: true };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (!text.includes('\0')) return { ...decoded, text };
  } catch {
    // Not UTF-8: stored as binary below.
  }
  if (bytes.length <= INLINE_BINARY_LIMIT) return { ...decoded, base64: bytes.toString('base64') };
  return { ...decoded, sha256: createHash('sha256').update(bytes).digest('hex'), length: bytes.length };
}

async function record(port: number): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  for (const [group, cases] of Object.entries(fixtureGroups)) {
    const entries = [];
    for (const testCase of cases) {
      const body =
        testCase.body === undefined
          ? undefined
          : 'text' in testCase.body
            ? Buffer.from(testCase.body.text)
            : Buffer.from(testCase.body.base64, 'base64');
      const headers: [string, string][] = [['Host', HOST_HEADER], ...(testCase.headers ?? [])];
      // Node would otherwise add Transfer-Encoding: chunked to a bodiless POST, unseen by the fixture.
      if (body !== undefined) headers.push(['Content-Length', String(body.length)]);
      else if (['POST', 'PUT', 'PATCH'].includes(testCase.method)) headers.push(['Content-Length', '0']);
      headers.push(['Connection', 'close']);
      const answer = await sendRaw(port, { method: testCase.method, path: testCase.path, headers, body });
      entries.push({
        name: testCase.name,
        request: { method: testCase.method, path: testCase.path, headers, body: testCase.body },
        response: {
          status: answer.status,
          reason: answer.reason,
          // Date only makes every re-recording differ; nothing compares it.
          headers: answer.headers.filter(([name]) => name.toLowerCase() !== 'date'),
          body: describeBody(answer, testCase.method === 'HEAD'),
        },
      });
    }
    const file = new URL(`${group}.json`, outDir);
    const source = 'httpbin 0.7.0 (Debian python3-httpbin) under gunicorn';
    writeFileSync(file, `${JSON.stringify({ source, cases: entries }, null, 2)}\n`);
    console.log(`wrote ${entries.length} cases to ${file.pathname}`);
  }
}

const port = await freePort();
const child = startHttpbin(port);
try {
  await waitUntilUp(port);
  await record(port);
} finally {
  child.kill('SIGTERM');
}
