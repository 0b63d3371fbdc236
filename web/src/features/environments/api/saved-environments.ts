import { migrateSavedEnvironments, type SavedEnvironments } from '@playground/shared';
import { loadSavedValue, type SavedLoad } from '@/lib/saved-value.ts';

/** The IndexedDB key, in the workspace's database. */
export const ENVIRONMENTS_KEY = 'environments';

// Read once per page load, shared by every render (StrictMode renders twice).
let loading: Promise<SavedLoad<SavedEnvironments>> | undefined;

/** The saved environments, read through the tested migration; never rejects. */
export function loadEnvironmentsOnce(): Promise<SavedLoad<SavedEnvironments>> {
  loading ??= loadSavedValue(ENVIRONMENTS_KEY, migrateSavedEnvironments);
  return loading;
}
