import { lazy } from 'react';

/** The panel and its lessons are fetched the first time Learn is opened, keeping them out of the first load. */
export const LazyLearnPanel = lazy(() =>
  import('./learn-panel.tsx').then((module) => ({ default: module.LearnPanel })),
);
