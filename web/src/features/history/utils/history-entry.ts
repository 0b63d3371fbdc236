import type {
  ExchangeSnapshot,
  HistoryEntry,
  HistoryOutcome,
  RequestHistory,
  SavedDraft,
  SavedFile,
} from '@playground/shared';

/**
 * Files up to this size are kept with a history entry. History holds hundreds of entries, so a
 * larger file is remembered by name, size and type only.
 */
export const HISTORY_FILE_LIMIT = 1024 * 1024;

/** What is known about a send when it starts: the draft as it was then (the tab may change after). */
export interface SentRequest {
  id: string;
  sentAt: number;
  draft: SavedDraft;
}

function outcomeOf(snapshot: ExchangeSnapshot): HistoryOutcome | null {
  switch (snapshot.phase) {
    case 'sending':
    case 'receiving':
      return null;
    case 'cancelled':
      return { kind: 'cancelled' };
    case 'failed':
      return { kind: 'failed', title: snapshot.failure?.error.title ?? 'The request failed' };
    case 'done':
      return snapshot.response
        ? { kind: 'response', status: snapshot.response.status, statusText: snapshot.response.statusText }
        : { kind: 'failed', title: 'No response arrived' };
  }
}

/** The history entry for a run that has ended; `null` while it is still running. */
export function buildHistoryEntry(sent: SentRequest, snapshot: ExchangeSnapshot): HistoryEntry | null {
  const outcome = outcomeOf(snapshot);
  if (!outcome) return null;
  const { draft } = sent;
  return {
    id: sent.id,
    sentAt: sent.sentAt,
    method: draft.method.trim().toUpperCase() || 'GET',
    url: draft.url.trim(),
    outcome,
    totalMs: snapshot.end?.timings.total ?? snapshot.failure?.timings?.total ?? null,
    bodyBytes: snapshot.end?.sizes.bodyBytes ?? (snapshot.response ? snapshot.bodyBytes : null),
    draft,
  };
}

/** Adds the newest entry first and drops the oldest beyond the cap. */
export function addHistoryEntry(history: RequestHistory, entry: HistoryEntry): RequestHistory {
  return { ...history, entries: [entry, ...history.entries].slice(0, history.limit) };
}

/** A new cap, applied at once: entries beyond it (the oldest) are dropped. */
export function setHistoryLimit(history: RequestHistory, limit: number): RequestHistory {
  return { ...history, limit, entries: history.entries.slice(0, limit) };
}

const isMissing = (file: SavedFile) => file !== null && !(file instanceof File);

/** Names of the files this entry's request carried that were too large to keep. */
export function filesNotKept(draft: SavedDraft): string[] {
  const { body } = draft;
  const files = [body.file, ...body.parts.map((part) => part.file)];
  return files.flatMap((file) => (file && isMissing(file) && 'name' in file ? [file.name] : []));
}
