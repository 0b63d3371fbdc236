import type { Timings } from '@playground/shared';

export interface TimingPhase {
  key: 'redirects' | 'dns' | 'connect' | 'tls' | 'firstByte' | 'download';
  label: string;
  /** Milliseconds, or null when the phase did not happen (no DNS for an IP, no TLS for http). */
  ms: number | null;
  /** Where the phase starts and how wide it is, in percent of the total. */
  startPercent: number;
  widthPercent: number;
}

const PHASES: readonly [Exclude<TimingPhase['key'], 'redirects'>, string][] = [
  ['dns', 'DNS lookup'],
  ['connect', 'Connect'],
  ['tls', 'TLS handshake'],
  ['firstByte', 'Waiting (TTFB)'],
  ['download', 'Download'],
];

/**
 * The phases of one request laid end to end, as the timing bar draws them. `redirectMs` is the time
 * spent on redirect hops before this one: the total covers them too, so they lead the bar.
 */
export function timingPhases(timings: Timings, redirectMs = 0): TimingPhase[] {
  const total = Math.max(timings.total, 0);
  const phases: [TimingPhase['key'], string, number | null][] = PHASES.map(([key, label]) => [
    key,
    label,
    timings[key],
  ]);
  if (redirectMs > 0) phases.unshift(['redirects', 'Redirects', redirectMs]);
  let at = 0;
  return phases.map(([key, label, ms]) => {
    const width = ms !== null && total > 0 ? Math.min((ms / total) * 100, 100 - at) : 0;
    const phase = { key, label, ms, startPercent: at, widthPercent: Math.max(width, 0) };
    at += phase.widthPercent;
    return phase;
  });
}
