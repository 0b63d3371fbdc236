import { migrateSavedLibrary, type SavedLibrary } from '@playground/shared';
import { loadSavedValue, type SavedLoad, saveValue } from '@/lib/saved-value.ts';

/** The key of the collections in the workspace's database (`http-playground`, store `workspace`). */
export const LIBRARY_KEY = 'library';

/**
 * Reads the saved collections. Never rejects. A library that cannot be read at all is set aside
 * (under `library-unreadable`) by `loadSavedValue`; one that could only partly be read is set
 * aside here too, before the part that was kept is saved over it.
 */
export async function loadSavedLibrary(): Promise<SavedLoad<SavedLibrary>> {
  let partlyRead: unknown;
  const load = await loadSavedValue<SavedLibrary>(LIBRARY_KEY, (stored) => {
    const read = migrateSavedLibrary(stored);
    if (read.status !== 'ok') return read;
    if (read.dropped !== null) partlyRead = stored;
    return { status: 'ok', saved: read.library, dropped: read.dropped };
  });
  if (partlyRead !== undefined) {
    await saveValue(`${LIBRARY_KEY}-unreadable`, partlyRead).catch(() => undefined);
  }
  return load;
}
