import type { BigDownload } from './big-download.ts';
import type { SmallResponses } from './small-responses.ts';
import type { StreamLatency } from './stream-latency.ts';

export interface Results {
  small: SmallResponses;
  big: BigDownload;
  stream: StreamLatency;
}

/** One line of the table: a figure directly, through the proxy, how they compare, and its goal. */
interface Row {
  scenario: string;
  metric: string;
  direct: string;
  proxy: string;
  compare: string;
  goal: string;
  met?: boolean;
}

const MiB = 1024 ** 2;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const perSecond = (value: number) => `${Math.round(value).toLocaleString('en-US')}/s`;
const mibPerSecond = (bytes: number, seconds: number) => `${Math.round(bytes / MiB / seconds)} MiB/s`;

/** A ratio, rounded down so that one shown as 0.30x never misses a goal of 0.30x. */
const ratio = (value: number) => `${(Math.floor(value * 100) / 100).toFixed(2)}x`;
const added = (proxy: number, direct: number) =>
  `${proxy >= direct ? '+' : '-'}${ms(Math.abs(proxy - direct))}`;

export function rows({ small, big, stream }: Results): Row[] {
  const { loaded, oneAtATime } = small;
  const rpsRatio = loaded.proxy.requestsPerSecond / loaded.direct.requestsPerSecond;
  const addedMedian = loaded.proxy.p50Ms - loaded.direct.p50Ms;
  const rateRatio = big.proxy.bytes / big.proxy.seconds / (big.direct.bytes / big.direct.seconds);
  const growth = big.proxyRss.peak - big.proxyRss.baseline;
  const cut = (complete: boolean) => (complete ? '' : ' (cut)');
  return [
    {
      scenario: 'small responses',
      metric: 'throughput',
      direct: perSecond(loaded.direct.requestsPerSecond),
      proxy: perSecond(loaded.proxy.requestsPerSecond),
      compare: ratio(rpsRatio),
      goal: '>= 0.30x',
      met: rpsRatio >= 0.3,
    },
    {
      scenario: '(10 connections)',
      metric: 'median latency',
      direct: ms(loaded.direct.p50Ms),
      proxy: ms(loaded.proxy.p50Ms),
      compare: added(loaded.proxy.p50Ms, loaded.direct.p50Ms),
      goal: '<= +1.50 ms',
      met: addedMedian <= 1.5,
    },
    {
      scenario: '',
      metric: 'p99 latency',
      direct: ms(loaded.direct.p99Ms),
      proxy: ms(loaded.proxy.p99Ms),
      compare: added(loaded.proxy.p99Ms, loaded.direct.p99Ms),
      goal: '',
    },
    {
      scenario: '',
      metric: 'proxy CPU/request',
      direct: '',
      proxy: ms(small.proxyCpu.msPerRequest),
      compare: `${Math.round(small.proxyCpu.coresBusy * 100)}% of a core`,
      goal: '',
    },
    {
      scenario: '(1 connection)',
      metric: 'median latency',
      direct: ms(oneAtATime.direct.p50Ms),
      proxy: ms(oneAtATime.proxy.p50Ms),
      compare: added(oneAtATime.proxy.p50Ms, oneAtATime.direct.p50Ms),
      goal: '',
    },
    {
      scenario: '1 GiB download',
      metric: 'throughput',
      direct: mibPerSecond(big.direct.bytes, big.direct.seconds) + cut(big.direct.complete),
      proxy: mibPerSecond(big.proxy.bytes, big.proxy.seconds) + cut(big.proxy.complete),
      compare: ratio(rateRatio),
      goal: '>= 0.30x',
      met: rateRatio >= 0.3,
    },
    {
      scenario: '',
      metric: 'proxy RSS growth',
      direct: '',
      proxy: `${(growth / MiB).toFixed(1)} MiB`,
      compare: `from ${Math.round(big.proxyRss.baseline / MiB)} MiB`,
      goal: '<= 64 MiB',
      met: growth <= 64 * MiB,
    },
    {
      scenario: 'streaming chunks',
      metric: 'median delay',
      direct: ms(stream.direct.medianMs),
      proxy: ms(stream.proxy.medianMs),
      compare: added(stream.proxy.medianMs, stream.direct.medianMs),
      goal: '<= 20 ms',
      met: stream.proxy.medianMs <= 20,
    },
    {
      scenario: '',
      metric: 'max delay',
      direct: ms(stream.direct.maxMs),
      proxy: ms(stream.proxy.maxMs),
      compare: added(stream.proxy.maxMs, stream.direct.maxMs),
      goal: '<= 20 ms',
      met: stream.proxy.maxMs <= 20,
    },
  ];
}

/** The rows as an aligned plain-text table, with OK or MISSED next to each goal. */
export function table(lines: Row[]): string {
  const head = ['scenario', 'metric', 'direct', 'proxy', 'proxy vs direct', 'goal', ''];
  const cells = lines.map((r) => [
    r.scenario,
    r.metric,
    r.direct,
    r.proxy,
    r.compare,
    r.goal,
    r.met === undefined ? '' : r.met ? 'OK' : 'MISSED',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const format = (c: string[]) =>
    c
      .map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [format(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(format)].join('\n');
}
