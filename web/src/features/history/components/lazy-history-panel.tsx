import { lazy } from 'react';

/** The panel's code is fetched the first time History is opened, keeping it out of the first load. */
export const LazyHistoryPanel = lazy(() =>
  import('./history-panel.tsx').then((module) => ({ default: module.HistoryPanel })),
);
