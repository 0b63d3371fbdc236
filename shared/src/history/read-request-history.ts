import { DEFAULT_HISTORY_LIMIT, HistoryEntry, RequestHistory } from '../schemas/request-history.ts';

/** What was read: the history to show, and why some or all of what was stored could not be. */
export interface RequestHistoryRead {
  history: RequestHistory;
  problem: string | null;
}

/** History as it is before anything was sent. */
export function emptyRequestHistory(limit = DEFAULT_HISTORY_LIMIT): RequestHistory {
  return { v: 1, limit, entries: [] };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads whatever was stored under the history key, from any version, into the current shape.
 * Never throws: garbage becomes an empty history with a reason a user can be shown, and a value
 * with some broken entries keeps the entries that can still be read.
 *
 * @example
 * const { history, problem } = readRequestHistory(await get('history'));
 */
export function readRequestHistory(stored: unknown): RequestHistoryRead {
  if (stored === undefined || stored === null) return { history: emptyRequestHistory(), problem: null };
  if (!isRecord(stored)) {
    return { history: emptyRequestHistory(), problem: 'the saved history is not a history.' };
  }
  if (typeof stored.v === 'number' && stored.v > 1) {
    return {
      history: emptyRequestHistory(),
      problem: `it was saved by a newer version of HTTP Playground (format ${stored.v}).`,
    };
  }
  if (stored.v !== 1) {
    return { history: emptyRequestHistory(), problem: 'the saved history has no known format version.' };
  }
  const whole = RequestHistory.safeParse(stored);
  if (whole.success) return { history: whole.data, problem: null };

  // Keep every entry that still reads, rather than losing all of them to one bad one.
  const limit = RequestHistory.shape.limit.safeParse(stored.limit);
  const raw = Array.isArray(stored.entries) ? stored.entries : [];
  const entries = raw.flatMap((item) => {
    const entry = HistoryEntry.safeParse(item);
    return entry.success ? [entry.data] : [];
  });
  const lost = raw.length - entries.length;
  return {
    history: { v: 1, limit: limit.success ? limit.data : DEFAULT_HISTORY_LIMIT, entries },
    problem: lost > 0 ? `${lost} of ${raw.length} history entries could not be read.` : null,
  };
}
