import { lazy } from 'react';

/** The editor's code is fetched the first time it is opened, keeping it out of the first load. */
export const LazyEnvironmentsEditor = lazy(() =>
  import('./environments-editor.tsx').then((module) => ({ default: module.EnvironmentsEditor })),
);
