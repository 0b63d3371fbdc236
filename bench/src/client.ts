/** The client process: runs one job sent by the main bench process, replies, and exits. */
import { download } from './download.ts';
import type { ClientJob, ClientReply } from './jobs.ts';
import { runLoad } from './load.ts';

process.once('message', async (job: ClientJob) => {
  let reply: ClientReply;
  try {
    reply = { ok: true, result: job.kind === 'load' ? await runLoad(job) : await download(job) };
  } catch (err) {
    reply = { ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  process.send!(reply, () => process.disconnect());
});
