import { fork } from 'node:child_process';
import { stopChild, track } from './children.ts';
import type { ClientJob, ClientReply, DownloadJob, DownloadResult, LoadJob, LoadStats } from './jobs.ts';

/** Extra time a job may take past its own bound (process start, warm-up, connection close). */
const SLACK_MS = 20_000;

function boundOf(job: ClientJob): number {
  const own =
    job.kind === 'load' ? job.targets.length * (job.warmupMs + job.rounds * job.sliceMs) : job.capMs;
  return own + SLACK_MS;
}

export function runInClient(job: LoadJob): Promise<LoadStats[]>;
export function runInClient(job: DownloadJob): Promise<DownloadResult>;
/** Runs `job` in a fresh client process and returns its result; throws what broke. */
export async function runInClient(job: ClientJob): Promise<LoadStats[] | DownloadResult> {
  const child = fork(new URL('./client.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
  track(child);
  const timer = setTimeout(() => child.kill('SIGKILL'), boundOf(job));
  try {
    const reply = await new Promise<ClientReply>((resolve, reject) => {
      child.once('message', (message) => resolve(message as ClientReply));
      child.once('exit', (code, signal) =>
        reject(new Error(`The client process stopped (${signal ?? `code ${code}`}) before it answered.`)),
      );
      child.send(job);
    });
    if (!reply.ok) throw new Error(`The client failed: ${reply.error}`);
    return reply.result;
  } finally {
    clearTimeout(timer);
    await stopChild(child);
  }
}
