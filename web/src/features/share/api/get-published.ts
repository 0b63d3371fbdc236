import type { PublishedSnapshots } from '@playground/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { changePublished, loadPublished } from './published-store.ts';

/** IndexedDB is the source of truth; the cache is only written by `useChangePublished`. */
export const publishedQueryOptions = () =>
  queryOptions({
    queryKey: ['published-snapshots'],
    queryFn: loadPublished,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The snapshots published from this browser, and why some could not be read, if so. */
export function usePublished() {
  return useQuery(publishedQueryOptions());
}

/** Adds or removes a published snapshot in the stored list, and shows the result at once. */
export function useChangePublished() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: (published: PublishedSnapshots) => PublishedSnapshots) => changePublished(change),
    onSuccess: (published) => {
      queryClient.setQueryData(publishedQueryOptions().queryKey, (read) => ({
        published,
        problem: read?.problem ?? null,
      }));
    },
  });
}
