import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/api-paths.ts';
import { getJson } from '@/lib/api-client.ts';

export type Health = { status: 'ok' };

export async function getHealth(signal?: AbortSignal): Promise<Health> {
  const body = await getJson(apiPaths.health, signal);
  if (typeof body === 'object' && body !== null && 'status' in body && body.status === 'ok') {
    return { status: 'ok' };
  }
  throw new Error(`${apiPaths.health} answered with an unexpected body`);
}

export const getHealthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => getHealth(signal),
    // Keep the status line live: a proxy stopped in another terminal shows up within seconds.
    refetchInterval: 10_000,
  });

export const useHealth = () => useQuery(getHealthQueryOptions());
