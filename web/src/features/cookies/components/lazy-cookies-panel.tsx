import { lazy } from 'react';

/** The panel's code is fetched the first time Cookies is opened, keeping it out of the first load. */
export const LazyCookiesPanel = lazy(() =>
  import('./cookies-panel.tsx').then((module) => ({ default: module.CookiesPanel })),
);
