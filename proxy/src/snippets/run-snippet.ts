import { spawn, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Debian's packages install the Python libraries for Debian's own interpreter, not for another
 * python3 earlier on PATH (pyenv's, say); PLAYGROUND_SNIPPET_PYTHON points elsewhere if need be.
 */
const PYTHON = process.env.PLAYGROUND_SNIPPET_PYTHON ?? '/usr/bin/python3';

interface Runner {
  /** The file the code is written to, in the folder it runs in. */
  file: (code: string) => string;
  command: (file: string) => [string, ...string[]];
  /** A command that exits 0 when the tool (and library) is there, and what to install if not. */
  check: [string, ...string[]];
  install: string;
  /**
   * The library percent-encodes `[` and `]` in the query, which the WHATWG URL parser (browsers,
   * the playground) leaves as they are: urllib3 under requests does, and so does yarl under aiohttp.
   */
  requotesQuery?: true;
}

const python = (module: string | null, pkg: string): Runner => ({
  file: () => 'snippet.py',
  command: (file) => [PYTHON, file],
  check: module ? [PYTHON, '-c', `import ${module}`] : [PYTHON, '--version'],
  install: pkg,
});

const node: Runner = {
  // Our Node code is an ES module (top-level await), run as the note beside it says.
  file: () => 'snippet.mjs',
  command: (file) => [process.execPath, file],
  check: [process.execPath, '--version'],
  install: 'nodejs',
};

/** How each generator's code is run on this machine. */
const RUNNERS: Record<string, Runner> = {
  'python-requests': { ...python('requests', 'python3-requests'), requotesQuery: true },
  'python-httpx': python('httpx', 'python3-httpx'),
  'python-httpx-async': python('httpx', 'python3-httpx'),
  'python-aiohttp': { ...python('aiohttp', 'python3-aiohttp'), requotesQuery: true },
  'python-urllib': python(null, 'python3'),
  'shell-curl': {
    file: () => 'snippet.sh',
    command: (file) => ['bash', file],
    check: ['curl', '--version'],
    install: 'curl',
  },
  'node-fetch': node,
  'node-http': node,
};

export const RUNNABLE_TARGETS = Object.keys(RUNNERS);

/** True when the target's library re-encodes the query (see `Runner.requotesQuery`). */
export const requotesQuery = (targetId: string): boolean => RUNNERS[targetId]?.requotesQuery === true;

const available = new Map<string, string | null>();

/**
 * Null when the target's code can run here, else what is missing and how to install it. These
 * tests fail rather than skip when something is missing: CI (.ci/run) installs all of it.
 */
export function missingTool(targetId: string): string | null {
  const runner = RUNNERS[targetId];
  if (!runner) return `No way to run ${targetId} code is known.`;
  const key = runner.check.join(' ');
  if (!available.has(key)) {
    const [command, ...args] = runner.check;
    const result = spawnSync(command, args, { stdio: 'ignore', timeout: 20_000 });
    available.set(
      key,
      result.status === 0
        ? null
        : `Running the ${targetId} code needs \`${key}\` to work, and it does not here. Install Debian's ${runner.install} (apt-get install -y ${runner.install}), as .ci/run does.`,
    );
  }
  return available.get(key) ?? null;
}

export interface SnippetRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Writes the code into `dir` and runs it there (files it opens by name are in `dir`). */
export async function runSnippet(targetId: string, code: string, dir: string): Promise<SnippetRun> {
  const runner = RUNNERS[targetId];
  if (!runner) throw new Error(`No way to run ${targetId} code is known.`);
  const file = runner.file(code);
  await writeFile(path.join(dir, file), code);
  const [command, ...args] = runner.command(file);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_PROXY: '*', no_proxy: '*' };
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'all_proxy']) {
    delete env[name];
  }
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}
