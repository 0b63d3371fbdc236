import { runInClient } from './client-process.ts';
import type { DownloadJob, DownloadResult } from './jobs.ts';
import { sampleRss } from './proc.ts';
import { type ProxyProcess, runOnce, startProxy } from './proxy-process.ts';
import { BIG_BYTES, type Upstream } from './upstream.ts';

/** Each download stops after this long, so a slow proxy cannot stretch the bench past its budget. */
const DOWNLOAD_CAP_MS = 15_000;

export interface BigDownload {
  /** Two downloads each way, added up. */
  direct: DownloadResult;
  proxy: DownloadResult;
  proxyRss: { baseline: number; peak: number; samples: number };
}

function sum(a: DownloadResult, b: DownloadResult): DownloadResult {
  return { bytes: a.bytes + b.bytes, seconds: a.seconds + b.seconds, complete: a.complete && b.complete };
}

/** The proxy's two downloads, back to back, with its RSS sampled all along. */
async function throughProxy(job: DownloadJob, proxy: ProxyProcess) {
  const sampling = sampleRss(proxy.pid);
  try {
    const via = { ...job, proxy: { origin: proxy.origin, headers: proxy.apiHeaders } };
    const first = await runInClient(via);
    const second = await runInClient(via);
    return { result: sum(first, second), rss: { baseline: sampling.baseline, ...sampling.stop() } };
  } finally {
    sampling.stop();
  }
}

/**
 * 1 GiB directly, twice through the proxy, then directly again, so that whatever else the machine
 * does weighs on both sides alike.
 */
export async function benchBigDownload(upstream: Upstream): Promise<BigDownload> {
  const job: DownloadJob = {
    kind: 'download',
    url: `${upstream.origin}/big`,
    expectBytes: BIG_BYTES,
    capMs: DOWNLOAD_CAP_MS,
  };
  const proxy = await startProxy();
  try {
    // The baseline should already hold the code every request loads.
    await runOnce(proxy, `${upstream.origin}/small`);
    const before = await runInClient(job);
    const viaProxy = await throughProxy(job, proxy);
    const after = await runInClient(job);
    return { direct: sum(before, after), proxy: viaProxy.result, proxyRss: viaProxy.rss };
  } finally {
    await proxy.stop();
  }
}
