import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { PlaygroundRoute } from '@/app/routes/playground.tsx';
import { queryConfig } from '@/lib/react-query.ts';

export function App() {
  // One client per mounted app (not per module) so tests and hot reloads start from a clean cache.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: queryConfig }));

  return (
    <QueryClientProvider client={queryClient}>
      {/* The saved tabs are read from IndexedDB before the first paint: a few milliseconds. */}
      <Suspense fallback={null}>
        <PlaygroundRoute />
      </Suspense>
    </QueryClientProvider>
  );
}
