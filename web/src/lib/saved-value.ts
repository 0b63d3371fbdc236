import { createStore, get, promisifyRequest, set, type UseStore } from 'idb-keyval';

// The workspace's database and store (see features/workspace/api/saved-workspace.ts): one key per
// kind of saved work, each replaced whole in one transaction, so a failed save leaves the last one.
const LOAD_TIMEOUT_MS = 3_000;

let store: UseStore | undefined;
function playgroundStore(): UseStore {
  // createStore opens the database at once and throws where IndexedDB is missing, so only on first use.
  store ??= createStore('http-playground', 'workspace');
  return store;
}

/** Why the browser refused, in words a user can act on. */
export function storageReason(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return 'the browser’s storage for this site is full.';
  }
  if (typeof indexedDB === 'undefined') return 'this browser offers no storage here (a private window?).';
  const message = error instanceof Error ? error.message : String(error);
  return message.endsWith('.') ? message : `${message}.`;
}

/** What a shared/ reader (`migrateSaved…`) made of a stored value. */
export type SavedMigration<T> =
  | { status: 'empty' }
  | { status: 'ok'; saved: T; dropped: string | null }
  | { status: 'unreadable'; reason: string };

/**
 * Why a saved value could not be (fully) read: `storage` when IndexedDB itself failed (then nothing
 * is saved over it), `unreadable` when it was set aside, `partly` when some of it was kept.
 */
export interface SavedLoadProblem {
  kind: 'storage' | 'unreadable' | 'partly';
  reason: string;
}

export interface SavedLoad<T> {
  saved: T | null;
  problem: SavedLoadProblem | null;
}

/**
 * Reads the value under `key` through its migration. Never rejects. What cannot be read at all is
 * set aside under `<key>-unreadable` before anything is saved over it.
 */
export async function loadSavedValue<T>(
  key: string,
  migrate: (stored: unknown) => SavedMigration<T>,
): Promise<SavedLoad<T>> {
  let stored: unknown;
  try {
    // The page waits for this read before its first paint: a storage that never answers must not keep it blank.
    stored = await Promise.race([
      get(key, playgroundStore()),
      new Promise((_, reject) => {
        setTimeout(() => reject(new Error('the browser’s storage did not answer in time.')), LOAD_TIMEOUT_MS);
      }),
    ]);
  } catch (error) {
    return { saved: null, problem: { kind: 'storage', reason: storageReason(error) } };
  }
  const read = migrate(stored);
  if (read.status === 'empty') return { saved: null, problem: null };
  if (read.status === 'ok') {
    return {
      saved: read.saved,
      problem: read.dropped === null ? null : { kind: 'partly', reason: read.dropped },
    };
  }
  await set(`${key}-unreadable`, stored, playgroundStore()).catch(() => undefined);
  return { saved: null, problem: { kind: 'unreadable', reason: read.reason } };
}

/** Replaces the value under `key`; rejects with the browser's reason (e.g. storage full). */
export function saveValue(key: string, value: unknown): Promise<void> {
  return playgroundStore()('readwrite', (s) => {
    s.put(value, key);
    // Commit now, not when the task ends: a save made as the page goes away would be dropped with it.
    s.transaction.commit?.();
    return promisifyRequest(s.transaction);
  });
}
