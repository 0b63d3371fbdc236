import {
  emptyRequestHistory,
  type RequestHistory,
  type RequestHistoryRead,
  readRequestHistory,
} from '@playground/shared';
import { createStore, get, type UseStore, update } from 'idb-keyval';
import { storageReason } from '@/lib/saved-value.ts';

// A database of its own, apart from the workspace's: history grows to hundreds of entries, and a
// broken history must never stand in the way of restoring the open tabs.
const KEY = 'history';

let store: UseStore | undefined;
function historyStore(): UseStore {
  // createStore opens the database at once and throws where IndexedDB is missing, so only on first use.
  store ??= createStore('http-playground-history', 'history');
  return store;
}

/** Reads the stored history. Never rejects: a broken store gives an empty history and the reason. */
export async function loadHistory(): Promise<RequestHistoryRead> {
  try {
    return readRequestHistory(await get(KEY, historyStore()));
  } catch (error) {
    return { history: emptyRequestHistory(), problem: storageReason(error) };
  }
}

/**
 * Applies `change` to the stored history in one transaction, so two runs ending together never
 * overwrite each other's entry. Resolves with the history as saved; rejects with the browser's reason.
 */
export async function changeHistory(
  change: (history: RequestHistory) => RequestHistory,
): Promise<RequestHistory> {
  let next: RequestHistory | undefined;
  try {
    await update(
      KEY,
      (stored) => {
        next = change(readRequestHistory(stored).history);
        return next;
      },
      historyStore(),
    );
  } catch (error) {
    throw new Error(storageReason(error));
  }
  return next ?? emptyRequestHistory();
}
