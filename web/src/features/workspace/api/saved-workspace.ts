import { migrateSavedWorkspace, type SavedWorkspace } from '@playground/shared';
import { createStore, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { storageReason } from '@/lib/saved-value.ts';

// One database of our own (not idb-keyval's shared default), one key: each save replaces the whole
// workspace in a single transaction, so a failed save leaves the previous one intact.
const KEY = 'workspace';
const UNREADABLE_KEY = 'workspace-unreadable';
const LOAD_TIMEOUT_MS = 3_000;

let store: UseStore | undefined;
function workspaceStore(): UseStore {
  // createStore opens the database at once and throws where IndexedDB is missing, so only on first use.
  store ??= createStore('http-playground', 'workspace');
  return store;
}

/** Why the saved workspace could not be (fully) restored; `storage` means IndexedDB itself failed. */
export interface LoadProblem {
  kind: 'storage' | 'unreadable' | 'some-tabs-unreadable';
  reason: string;
}

/** What was found at start: the workspace to restore, if any, and what went wrong, if anything. */
export interface WorkspaceLoad {
  saved: SavedWorkspace | null;
  problem: LoadProblem | null;
}

/** Reads the saved workspace. Never rejects: a broken or missing store is reported, not thrown. */
export async function loadSavedWorkspace(): Promise<WorkspaceLoad> {
  let stored: unknown;
  try {
    // The page waits for this read before its first paint, so a storage that never answers (a
    // database blocked by another window) must not keep it blank.
    stored = await Promise.race([
      get(KEY, workspaceStore()),
      new Promise((_, reject) => {
        setTimeout(() => reject(new Error('the browser’s storage did not answer in time.')), LOAD_TIMEOUT_MS);
      }),
    ]);
  } catch (error) {
    return { saved: null, problem: { kind: 'storage', reason: storageReason(error) } };
  }
  const read = migrateSavedWorkspace(stored);
  if (read.status === 'empty') return { saved: null, problem: null };
  if (read.status === 'ok') {
    const problem =
      read.dropped === null ? null : { kind: 'some-tabs-unreadable' as const, reason: read.dropped };
    return { saved: read.workspace, problem };
  }
  // Set aside what could not be read before the fresh workspace is saved over it.
  await set(UNREADABLE_KEY, stored, workspaceStore()).catch(() => undefined);
  return { saved: null, problem: { kind: 'unreadable', reason: read.reason } };
}

/** Replaces the saved workspace; rejects with the browser's reason (e.g. storage full). */
export function saveWorkspace(workspace: SavedWorkspace): Promise<void> {
  return workspaceStore()('readwrite', (store) => {
    store.put(workspace, KEY);
    // Commit now rather than when the task ends: a save made as the page goes away (pagehide)
    // would otherwise be dropped with the page.
    store.transaction.commit?.();
    return promisifyRequest(store.transaction);
  });
}
