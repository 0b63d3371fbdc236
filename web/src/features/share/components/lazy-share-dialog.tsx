import { lazy } from 'react';

/** The dialog's code is fetched the first time Share is chosen, keeping it out of the first load. */
export const LazyShareDialog = lazy(() =>
  import('./share-dialog.tsx').then((module) => ({ default: module.ShareDialog })),
);
