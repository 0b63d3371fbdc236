import { z } from 'zod';
import { SavedDraft } from './saved-workspace.ts';

/** How many entries history keeps unless the user sets another cap. */
export const DEFAULT_HISTORY_LIMIT = 200;
/** The largest cap the user may set: each entry holds a whole draft, files up to 1 MB included. */
export const MAX_HISTORY_LIMIT = 5_000;

/** How a run ended: the status line that came back, or why none did. */
export const HistoryOutcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('response'), status: z.number().int(), statusText: z.string() }),
  z.object({ kind: z.literal('failed'), title: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
]);
export type HistoryOutcome = z.infer<typeof HistoryOutcome>;

/** One sent request: what was sent in full, and a summary of its answer (the response is not kept). */
export const HistoryEntry = z.object({
  id: z.string(),
  /** Epoch milliseconds when Send was pressed. */
  sentAt: z.number(),
  method: z.string(),
  url: z.string(),
  outcome: HistoryOutcome,
  totalMs: z.number().nonnegative().nullable(),
  bodyBytes: z.number().int().nonnegative().nullable(),
  draft: SavedDraft,
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/**
 * The requests the user sent, newest first, as kept in the browser between visits.
 * Stored values are read through `readRequestHistory`, never parsed directly.
 */
export const RequestHistory = z.object({
  v: z.literal(1),
  limit: z.number().int().min(1).max(MAX_HISTORY_LIMIT),
  entries: z.array(HistoryEntry),
});
export type RequestHistory = z.infer<typeof RequestHistory>;
