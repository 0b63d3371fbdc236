import type { DefaultOptions } from '@tanstack/react-query';

export const queryConfig = {
  queries: {
    // The proxy is local and its answers are cheap; refetching on focus would only add noise.
    refetchOnWindowFocus: false,
    staleTime: 30_000,
  },
} satisfies DefaultOptions;
