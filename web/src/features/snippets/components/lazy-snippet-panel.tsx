import { lazy } from 'react';

/**
 * The panel and the code generators (~40 kB gzip) are fetched the first time Code is opened,
 * keeping them out of the first load.
 */
export const LazySnippetPanel = lazy(() =>
  import('./snippet-panel.tsx').then((module) => ({ default: module.SnippetPanel })),
);
