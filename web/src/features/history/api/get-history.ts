import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadHistory } from './history-store.ts';

/** IndexedDB is the source of truth; the cache is only written by `useChangeHistory`, never refetched. */
export const historyQueryOptions = () =>
  queryOptions({ queryKey: ['history'], queryFn: loadHistory, staleTime: Number.POSITIVE_INFINITY });

/** The stored history and why some of it could not be read, if so. */
export function useHistory() {
  return useQuery(historyQueryOptions());
}
