import type { RequestHistory } from '@playground/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { historyQueryOptions } from './get-history.ts';
import { changeHistory } from './history-store.ts';

/** Adds, trims or clears the stored history, and shows the saved result at once. */
export function useChangeHistory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: (history: RequestHistory) => RequestHistory) => changeHistory(change),
    onSuccess: (history) => {
      queryClient.setQueryData(historyQueryOptions().queryKey, (read) => ({
        history,
        problem: read?.problem ?? null,
      }));
    },
  });
}
