import { readFileSync, writeFileSync } from 'node:fs';

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`/proc/${pid}/status has no ${field}.`);
  return Number(match[1]) * 1024;
}

/** The CPU time process `pid` has used so far (user + system, all threads), in ms, in 10 ms steps. */
export function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime, in USER_HZ ticks: 100 per second on Linux.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The resident memory of process `pid`, in bytes. */
export function rssOf(pid: number): number {
  return statusField(pid, 'VmRSS');
}

export interface RssSampling {
  baseline: number;
  /**
   * Stops sampling; the highest RSS seen, by the samples or by the kernel's own high-water mark when
   * it could be reset. Calling it again returns the same answer.
   */
  stop(): { peak: number; samples: number };
}

/**
 * Samples the RSS of `pid` every `everyMs` from now on. The kernel's peak (VmHWM) is reset first,
 * when allowed, so a spike between two samples is not missed either.
 */
export function sampleRss(pid: number, everyMs = 20): RssSampling {
  let exactPeak = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    exactPeak = false;
  }
  const baseline = rssOf(pid);
  let peak = baseline;
  let samples = 1;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssOf(pid));
      samples += 1;
    } catch {
      // The process is gone; whoever waits on it reports that.
    }
  }, everyMs);
  let result: { peak: number; samples: number } | undefined;
  return {
    baseline,
    stop() {
      if (result) return result;
      clearInterval(timer);
      peak = Math.max(peak, rssOf(pid));
      if (exactPeak) peak = Math.max(peak, statusField(pid, 'VmHWM'));
      result = { peak, samples: samples + 1 };
      return result;
    },
  };
}
