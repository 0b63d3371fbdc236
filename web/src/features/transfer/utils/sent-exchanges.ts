import type { ExchangeRecorder, SavedDraft } from '@playground/shared';

/** What a run was started with: the request as it went out (variables filled in) and when. */
export interface SentExchange {
  draft: SavedDraft;
  startedAt: number;
}

// Keyed by the run's recorder, so it goes away with the run and never outlives its tab.
const sent = new WeakMap<ExchangeRecorder, SentExchange>();

/** Notes what a run was started with, for a HAR export of it later. */
export function noteSent(recorder: ExchangeRecorder, draft: SavedDraft): ExchangeRecorder {
  sent.set(recorder, { draft, startedAt: Date.now() });
  return recorder;
}

/** What `recorder`'s run was started with, if it was noted. */
export const sentWith = (recorder: ExchangeRecorder | null): SentExchange | undefined =>
  recorder ? sent.get(recorder) : undefined;
