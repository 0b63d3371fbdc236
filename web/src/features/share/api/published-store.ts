import {
  type PublishedSnapshots,
  type PublishedSnapshotsRead,
  readPublishedSnapshots,
} from '@playground/shared';
import { createStore, get, type UseStore, update } from 'idb-keyval';
import { storageReason } from '@/lib/saved-value.ts';

// A database of its own: the delete keys must survive whatever happens to the workspace's data,
// since each is the only way to take a published snapshot down before it expires.
const KEY = 'published';

let store: UseStore | undefined;
function sharesStore(): UseStore {
  // createStore opens the database at once and throws where IndexedDB is missing, so only on first use.
  store ??= createStore('http-playground-shares', 'shares');
  return store;
}

/** The snapshots published from this browser. Never rejects: a broken store reads as empty, with why. */
export async function loadPublished(): Promise<PublishedSnapshotsRead> {
  try {
    return readPublishedSnapshots(await get(KEY, sharesStore()));
  } catch (error) {
    return { published: { v: 1, snapshots: [] }, problem: storageReason(error) };
  }
}

/** Applies `change` in one transaction; resolves with the list as saved, rejects with the browser's reason. */
export async function changePublished(
  change: (published: PublishedSnapshots) => PublishedSnapshots,
): Promise<PublishedSnapshots> {
  let next: PublishedSnapshots = { v: 1, snapshots: [] };
  try {
    await update(
      KEY,
      (stored) => {
        next = change(readPublishedSnapshots(stored).published);
        return next;
      },
      sharesStore(),
    );
  } catch (error) {
    throw new Error(storageReason(error));
  }
  return next;
}
