import { type BigResponse, SETTLE_MS } from './big-response.ts';
import type { FirstScreen, ScriptFile } from './first-screen.ts';

export interface UiResults {
  firstScreen: FirstScreen;
  /** The 1 MiB body first (the baseline), then the 10 MiB one. */
  responses: BigResponse[];
}

/** One line of the table; `met` is undefined for a figure with no goal. */
export interface Row {
  scenario: string;
  metric: string;
  figure: string;
  detail: string;
  goal: string;
  met?: boolean;
}

/** Goals from issue 3, "Performance". */
export const GOALS = { firstScreenGzipBytes: 200_000, longestTaskMs: 200, readyMs: 2_000 } as const;
/** The body the goals are about; any other size is a baseline shown without them. */
export const GOAL_BYTES = 10 * 1024 ** 2;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;

function scriptRows(scripts: ScriptFile[]): Row[] {
  return scripts.slice(0, 3).map((script) => ({
    scenario: '',
    metric: script.monaco ? `${script.file} (Monaco, not counted)` : script.file,
    figure: kB(script.gzipBytes),
    detail: `${kB(script.bytes)} unzipped`,
    goal: '',
  }));
}

function responseRows(response: BigResponse): Row[] {
  const goals = response.bytes >= GOAL_BYTES;
  const over50 = response.longTasks.length;
  return [
    {
      scenario: `${mib(response.bytes)} JSON${goals ? '' : ' (baseline)'}`,
      metric: 'longest main-thread task',
      figure: over50 === 0 ? 'none >= 50 ms' : ms(response.longestTaskMs),
      detail: `${over50} task${over50 === 1 ? '' : 's'} >= 50 ms`,
      goal: goals ? `<= ${GOALS.longestTaskMs} ms` : '',
      met: goals ? response.longestTaskMs <= GOALS.longestTaskMs : undefined,
    },
    {
      scenario: '',
      metric: 'last byte -> Pretty view scrollable',
      figure: response.readyMs === null ? 'never' : ms(response.readyMs),
      detail: `Send -> last byte ${ms(response.sendToLastByteMs)}`,
      goal: goals ? `<= ${ms(GOALS.readyMs)}` : '',
      met: goals ? response.readyMs !== null && response.readyMs <= GOALS.readyMs : undefined,
    },
  ];
}

export function rows({ firstScreen, responses }: UiResults): Row[] {
  const counted = firstScreen.scripts.filter((script) => !script.monaco).length;
  return [
    {
      scenario: 'first screen',
      metric: 'JS before first render (gzip)',
      figure: kB(firstScreen.gzipBytes),
      detail: `${counted} file${counted === 1 ? '' : 's'}, shown after ${ms(firstScreen.shownMs)}`,
      goal: `<= ${kB(GOALS.firstScreenGzipBytes)}`,
      met: firstScreen.gzipBytes <= GOALS.firstScreenGzipBytes,
    },
    ...scriptRows(firstScreen.scripts),
    ...responses.flatMap(responseRows),
  ];
}

/** The rows as an aligned plain-text table, with OK or MISSED next to each goal. */
export function table(lines: Row[]): string {
  const head = ['scenario', 'metric', 'figure', 'detail', 'goal', ''];
  const cells = lines.map((r) => [
    r.scenario,
    r.metric,
    r.figure,
    r.detail,
    r.goal,
    r.met === undefined ? '' : r.met ? 'OK' : 'MISSED',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const format = (c: string[]) =>
    c
      .map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [format(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(format)].join('\n');
}

/** The longest tasks of each body (up to five), with when they ran and what ran in their frame. */
export function longTaskNotes(responses: BigResponse[]): string[] {
  return responses.flatMap((response) =>
    [...response.longTasks]
      .sort((a, b) => b.durationMs - a.durationMs)
      .slice(0, 5)
      .map((task) => {
        const causes = task.causes.length > 0 ? `: ${task.causes.join(', ')}` : '';
        return `${mib(response.bytes)}: task of ${ms(task.durationMs)}, ${ms(task.startMs)} after Send${causes}`;
      }),
  );
}

/** The settle window, for the header line. */
export const WINDOW_NOTE = `long tasks counted from Send until ${SETTLE_MS / 1000} s after the last byte`;
