import { migrateSavedCookieJars, type SavedCookieJars } from '@playground/shared';
import { loadSavedValue, type SavedLoad } from '@/lib/saved-value.ts';

/** The IndexedDB key, in the workspace's database. */
export const COOKIES_KEY = 'cookies';

// Read once per page load, shared by every render (StrictMode renders twice).
let loading: Promise<SavedLoad<SavedCookieJars>> | undefined;

/** The saved cookie jars, read through the tested migration; never rejects. */
export function loadCookieJarsOnce(): Promise<SavedLoad<SavedCookieJars>> {
  loading ??= loadSavedValue(COOKIES_KEY, migrateSavedCookieJars);
  return loading;
}
