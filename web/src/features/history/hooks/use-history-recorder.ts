import type { ExchangeRecorder, SavedDraft } from '@playground/shared';
import { useCallback } from 'react';
import { useChangeHistory } from '../api/change-history.ts';
import { addHistoryEntry, buildHistoryEntry, type SentRequest } from '../utils/history-entry.ts';

let sendCount = 0;
function newEntryId(sentAt: number): string {
  sendCount += 1;
  return `${sentAt.toString(36)}-${sendCount}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Returns `record(recorder, draft)`: call it as a request is sent, with the draft as it is then.
 * The entry is written when the run ends (done, failed or cancelled), whether or not the panel is open.
 */
export function useHistoryRecorder() {
  const { mutate } = useChangeHistory();
  return useCallback(
    (recorder: ExchangeRecorder, draft: SavedDraft) => {
      const sentAt = Date.now();
      const sent: SentRequest = { id: newEntryId(sentAt), sentAt, draft };
      let unsubscribe: (() => void) | undefined;
      let written = false;
      const check = () => {
        if (written) return;
        const entry = buildHistoryEntry(sent, recorder.snapshot());
        if (!entry) return;
        written = true;
        unsubscribe?.();
        mutate((history) => addHistoryEntry(history, entry));
      };
      unsubscribe = recorder.subscribe(check);
      check();
    },
    [mutate],
  );
}
