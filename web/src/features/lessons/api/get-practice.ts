import { PracticeInfo } from '@playground/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/api-paths.ts';
import { getJson } from '@/lib/api-client.ts';

/** What the practice server offers beyond the page's own origin: the HTTPS endpoints' addresses. */
export async function getPractice(signal?: AbortSignal): Promise<PracticeInfo> {
  const body = await getJson(apiPaths.practice, signal);
  const parsed = PracticeInfo.safeParse(body);
  if (!parsed.success) throw new Error(`${apiPaths.practice} answered with an unexpected body`);
  return parsed.data;
}

export const getPracticeQueryOptions = () =>
  queryOptions({
    queryKey: ['practice'],
    queryFn: ({ signal }) => getPractice(signal),
    // Fixed for the life of the proxy; a restart reloads the page anyway (new launch key).
    staleTime: Number.POSITIVE_INFINITY,
  });

export const usePractice = () => useQuery(getPracticeQueryOptions());
