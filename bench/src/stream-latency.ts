import { FrameDecoder } from '@playground/shared';
import { runOnce, startProxy } from './proxy-process.ts';
import { median } from './stats.ts';
import { DRIP, type Upstream } from './upstream.ts';

export interface StreamDelays {
  /** Per chunk: when it arrived minus when the upstream wrote it, in ms. */
  delaysMs: number[];
  medianMs: number;
  maxMs: number;
}

export interface StreamLatency {
  direct: StreamDelays;
  proxy: StreamDelays;
}

/** Reads the drip's NDJSON lines as they come and notes when each tick arrived. */
async function readTicks(res: Response, framed: boolean): Promise<number[]> {
  if (!res.ok || !res.body) throw new Error(`Status ${res.status} for the drip.`);
  const arrivals = new Array<number>(DRIP.chunks).fill(Number.NaN);
  const frames = new FrameDecoder();
  const text = new TextDecoder();
  let pending = '';
  const onBody = (bytes: Uint8Array) => {
    const now = performance.now();
    pending += text.decode(bytes, { stream: true });
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) arrivals[(JSON.parse(line) as { tick: number }).tick] = now;
  };
  const reader = res.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    const chunk = next.value;
    if (!framed) onBody(chunk);
    else {
      for (const frame of frames.push(chunk)) {
        if (frame.kind === 'body') onBody(frame.bytes);
        else if (frame.event.type === 'error')
          throw new Error(`The proxy answered: ${frame.event.error.message}`);
      }
    }
  }
  if (arrivals.length !== DRIP.chunks || !arrivals.every(Number.isFinite)) {
    throw new Error(`Only ${arrivals.filter(Number.isFinite).length} of ${DRIP.chunks} chunks arrived.`);
  }
  return arrivals;
}

function delays(upstream: Upstream, run: string, arrivals: number[]): StreamDelays {
  const writes = upstream.dripWrites.get(run) ?? [];
  const delaysMs = arrivals.map((arrived, tick) => arrived - writes[tick]!);
  return { delaysMs, medianMs: median(delaysMs), maxMs: Math.max(...delaysMs) };
}

/** A chunk every 100 ms, read in this process (same clock as the upstream), directly and through the proxy. */
export async function benchStreamLatency(upstream: Upstream): Promise<StreamLatency> {
  const direct = await readTicks(await fetch(`${upstream.origin}/drip?run=direct`), false);
  const proxy = await startProxy();
  try {
    await runOnce(proxy, `${upstream.origin}/small`);
    const res = await fetch(`${proxy.origin}/api/run`, {
      method: 'POST',
      headers: proxy.apiHeaders,
      body: JSON.stringify({ method: 'GET', url: `${upstream.origin}/drip?run=proxy` }),
    });
    const viaProxy = await readTicks(res, true);
    return { direct: delays(upstream, 'direct', direct), proxy: delays(upstream, 'proxy', viaProxy) };
  } finally {
    await proxy.stop();
  }
}
