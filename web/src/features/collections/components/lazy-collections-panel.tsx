import { lazy } from 'react';

/** The panel's code is fetched the first time Collections is opened, keeping it out of the first load. */
export const LazyCollectionsPanel = lazy(() =>
  import('./collections-panel.tsx').then((module) => ({ default: module.CollectionsPanel })),
);
