import type { Collection, SavedDraft, SavedLibrary, TabLink } from '@playground/shared';
import { use, useEffect, useRef, useState } from 'react';
import type { SavedLoad } from '@/lib/saved-value.ts';
import { useSavedState } from '@/lib/use-saved-state.ts';
import { LIBRARY_KEY, loadSavedLibrary } from '../api/saved-library.ts';
import { newCollection, newFolder, newSavedRequest } from '../utils/new-nodes.ts';
import {
  duplicateNode,
  findNode,
  findRequest,
  insertItem,
  type MoveResult,
  moveNode,
  type Placement,
  removeNode,
  updateNode,
  withFreshIds,
} from '../utils/tree.ts';
import { useLibraryNotice } from './use-library-notice.ts';

/** How long Undo stays offered after a delete, unless another change comes first. */
export const UNDO_MS = 10_000;

/** The settings of a collection that its Settings dialog edits. */
export type CollectionSettings = Pick<Collection, 'name' | 'description' | 'session' | 'variables'>;

interface Undoable {
  message: string;
  /** What was deleted, to focus it again once it is back. */
  id: string;
  name: string;
  before: Collection[];
}

// Read once per page load, shared by every render (StrictMode renders twice).
let loading: Promise<SavedLoad<SavedLibrary>> | undefined;
const loadOnce = () => {
  loading ??= loadSavedLibrary();
  return loading;
};

const empty = (): SavedLibrary => ({ v: 1, collections: [] });

/**
 * The user's collections and every change to them, saved in the browser as they happen (suspends
 * until the saved ones are read). Call it once, in the app route, and hand down what parts need.
 */
export function useLibrary() {
  const load = use(loadOnce());
  const [library, setLibrary, saveProblem] = useSavedState(LIBRARY_KEY, load, empty);
  const notice = useLibraryNotice(load.problem, saveProblem);
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  // Changes made one after another in the same event each start from the one before.
  const current = useRef(library.collections);
  current.current = library.collections;

  useEffect(() => {
    if (!undoable) return undefined;
    const timer = setTimeout(() => setUndoable(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undoable]);

  const commit = (collections: Collection[]) => {
    current.current = collections;
    setLibrary({ v: 1, collections });
    // Undo is offered until the next change.
    setUndoable(null);
  };

  return {
    collections: library.collections,
    /** Why the collections could not be restored or saved, until dismissed. */
    notice,
    /** The last delete, while it can still be undone. */
    undoable: undoable ? { message: undoable.message, id: undoable.id, name: undoable.name } : null,

    createCollection(name = 'New collection'): string {
      const collection = newCollection(name);
      commit([...current.current, collection]);
      return collection.id;
    },
    /** A folder at the end of a collection or folder; null when there is no such parent. */
    createFolder(parentId: string, name = 'New folder'): string | null {
      if (!findNode(current.current, parentId)) return null;
      const folder = newFolder(name);
      commit(insertItem(current.current, parentId, Number.POSITIVE_INFINITY, folder));
      return folder.id;
    },
    /** Saves a draft as a new request at the end of a collection or folder, and says where it is. */
    createRequest(parentId: string, name: string, draft: SavedDraft): TabLink | null {
      const parent = findNode(current.current, parentId);
      if (!parent) return null;
      const request = newSavedRequest(name, draft);
      commit(insertItem(current.current, parentId, Number.POSITIVE_INFINITY, request));
      return { collectionId: parent.collection.id, requestId: request.id };
    },
    /** Saves a tab's draft back to the request it is linked to; false when that request is gone. */
    saveRequest(link: TabLink, draft: SavedDraft): boolean {
      const found = findRequest(current.current, link);
      if (!found) return false;
      commit(updateNode(current.current, found.request.id, (node) => ({ ...node, draft }) as typeof node));
      return true;
    },
    rename(id: string, name: string) {
      const trimmed = name.trim();
      if (trimmed === '' || findNode(current.current, id)?.node.name === trimmed) return;
      commit(updateNode(current.current, id, (node) => ({ ...node, name: trimmed })));
    },
    move(id: string, to: Placement): MoveResult {
      const moved = moveNode(current.current, id, to);
      if (moved.ok) commit(moved.collections);
      return moved;
    },
    /** Copies a node right after itself; returns the copy's id. */
    duplicate(id: string): string | null {
      const copy = duplicateNode(current.current, id);
      if (!copy) return null;
      commit(copy.collections);
      return copy.copyId;
    },
    /** Deletes a node and everything in it; `undo()` brings it back for a while. */
    remove(id: string) {
      const before = current.current;
      const removed = removeNode(before, id);
      if (!removed) return;
      commit(removed.collections);
      const { name } = removed.removed.node;
      setUndoable({ message: `Deleted “${name}”.`, id, name, before });
    },
    /** Brings back what the last delete took; returns its id, or null when it is too late. */
    undo(): string | null {
      if (!undoable) return null;
      commit(undoable.before);
      return undoable.id;
    },
    updateCollection(id: string, settings: CollectionSettings) {
      commit(
        current.current.map((collection) =>
          collection.id === id ? { ...collection, ...settings } : collection,
        ),
      );
    },
    /**
     * Adds collections (an import, or a copy of a shared one) at the end, under fresh ids so they
     * never clash with what is there. Returns the new collections' ids.
     */
    addCollections(collections: readonly Collection[]): string[] {
      const added = collections.map((collection) => withFreshIds(collection));
      commit([...current.current, ...added]);
      return added.map((collection) => collection.id);
    },
  };
}

/** What `useLibrary()` gives: the collections and the changes to them. */
export type Library = ReturnType<typeof useLibrary>;
