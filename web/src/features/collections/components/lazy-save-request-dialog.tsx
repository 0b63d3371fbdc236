import { lazy } from 'react';

/** The dialog's code is fetched the first time a never-saved tab is saved, keeping it out of the first load. */
export const LazySaveRequestDialog = lazy(() =>
  import('./save-request-dialog.tsx').then((module) => ({ default: module.SaveRequestDialog })),
);
