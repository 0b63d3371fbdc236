import { lazy } from 'react';

// Fetched the first time one is opened, keeping the converters out of the first load.
export const LazyImportDialog = lazy(() =>
  import('./import-dialog.tsx').then((module) => ({ default: module.ImportDialog })),
);

export const LazyExportDialog = lazy(() =>
  import('./export-dialog.tsx').then((module) => ({ default: module.ExportDialog })),
);
