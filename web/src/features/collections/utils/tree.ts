import type { Collection, CollectionItem, Folder, SavedRequest, TabLink } from '@playground/shared';
import { newId } from './new-id.ts';

/** Anything in the tree: a collection (always at the top), a folder or a saved request. */
export type TreeNode = Collection | CollectionItem;
/** What can hold items. */
export type Container = Collection | Folder;

export const isCollection = (node: TreeNode): node is Collection => !('type' in node);
export const isContainer = (node: TreeNode): node is Container =>
  isCollection(node) || node.type === 'folder';

/** Where a node sits: its collection, the containers above it (collection first), its parent and index. */
export interface NodeLocation {
  node: TreeNode;
  collection: Collection;
  /** From the collection down to the node's parent; empty for a collection. */
  ancestors: Container[];
  /** null for a collection. */
  parentId: string | null;
  index: number;
}

/** Finds a node by id anywhere in the library. */
export function findNode(collections: readonly Collection[], id: string): NodeLocation | null {
  for (const [index, collection] of collections.entries()) {
    if (collection.id === id) return { node: collection, collection, ancestors: [], parentId: null, index };
    const found = findIn(collection, id, [collection]);
    if (found) return { ...found, collection };
  }
  return null;
}

function findIn(
  container: Container,
  id: string,
  ancestors: Container[],
): Omit<NodeLocation, 'collection'> | null {
  for (const [index, item] of container.items.entries()) {
    if (item.id === id) return { node: item, ancestors, parentId: container.id, index };
    if (item.type === 'folder') {
      const found = findIn(item, id, [...ancestors, item]);
      if (found) return found;
    }
  }
  return null;
}

/** A saved request, the collection holding it, and the names from the collection down to it. */
export interface FoundRequest {
  collection: Collection;
  request: SavedRequest;
  /** e.g. ["Users API", "Admin", "Create user"]. */
  path: string[];
}

/**
 * The saved request a tab is linked to, or null when the link leads nowhere (the request was
 * deleted). The link's collection is looked in first; a request moved to another collection since
 * (ids are unique in the whole library) is still found, with the collection it is in now.
 */
export function findRequest(collections: readonly Collection[], link: TabLink | null): FoundRequest | null {
  if (!link) return null;
  const linked = collections.find((c) => c.id === link.collectionId);
  const others = collections.filter((c) => c !== linked);
  for (const collection of linked ? [linked, ...others] : others) {
    const found = findIn(collection, link.requestId, [collection]);
    if (found && !isCollection(found.node) && found.node.type === 'request') {
      return {
        collection,
        request: found.node,
        path: [...found.ancestors.map((c) => c.name), found.node.name],
      };
    }
  }
  return null;
}

/** Every saved request with where it is, in tree order. */
export function listRequests(collections: readonly Collection[]): FoundRequest[] {
  const found: FoundRequest[] = [];
  const visit = (collection: Collection, items: readonly CollectionItem[], path: string[]) => {
    for (const item of items) {
      if (item.type === 'request') found.push({ collection, request: item, path: [...path, item.name] });
      else visit(collection, item.items, [...path, item.name]);
    }
  };
  for (const collection of collections) visit(collection, collection.items, [collection.name]);
  return found;
}

/** Whether `id` is `node` itself or anything inside it. */
export function contains(node: TreeNode, id: string): boolean {
  if (node.id === id) return true;
  return isContainer(node) && node.items.some((item) => contains(item, id));
}

/** Applies `change` to one node wherever it is, copying only the path down to it. */
export function updateNode(
  collections: readonly Collection[],
  id: string,
  change: (node: TreeNode) => TreeNode,
): Collection[] {
  const inItems = (items: CollectionItem[]): CollectionItem[] =>
    items.map((item) => {
      if (item.id === id) return change(item) as CollectionItem;
      if (item.type === 'folder' && contains(item, id)) return { ...item, items: inItems(item.items) };
      return item;
    });
  return collections.map((collection) => {
    if (collection.id === id) return change(collection) as Collection;
    if (contains(collection, id)) return { ...collection, items: inItems(collection.items) };
    return collection;
  });
}

const clampIndex = (index: number, length: number) => Math.max(0, Math.min(index, length));

/** Puts `item` at `index` of a collection or folder (clamped; the end when beyond it). */
export function insertItem(
  collections: readonly Collection[],
  parentId: string,
  index: number,
  item: CollectionItem,
): Collection[] {
  return updateNode(collections, parentId, (parent) => {
    if (!isContainer(parent)) return parent;
    const items = [...parent.items];
    items.splice(clampIndex(index, items.length), 0, item);
    return { ...parent, items };
  });
}

/** Takes a node out of the library; null when there is no such node. */
export function removeNode(
  collections: readonly Collection[],
  id: string,
): { collections: Collection[]; removed: NodeLocation } | null {
  const removed = findNode(collections, id);
  if (!removed) return null;
  if (removed.parentId === null) return { collections: collections.filter((c) => c.id !== id), removed };
  const next = updateNode(collections, removed.parentId, (parent) =>
    isContainer(parent) ? { ...parent, items: parent.items.filter((item) => item.id !== id) } : parent,
  );
  return { collections: next, removed };
}

/** Where a moved node goes: into a container (null: among the collections) at its final index. */
export interface Placement {
  parentId: string | null;
  index: number;
}

export type MoveResult = { ok: true; collections: Collection[] } | { ok: false; reason: string };

/**
 * Moves a node. Collections stay at the top; folders and requests go into a collection or folder,
 * never into themselves. `to.index` is where the node ends up among its new siblings.
 */
export function moveNode(collections: readonly Collection[], id: string, to: Placement): MoveResult {
  const from = findNode(collections, id);
  if (!from) return { ok: false, reason: 'It is no longer there.' };
  const { node } = from;
  if (isCollection(node)) {
    if (to.parentId !== null) return { ok: false, reason: 'A collection cannot go inside another one.' };
    const rest = collections.filter((c) => c.id !== id);
    rest.splice(clampIndex(to.index, rest.length), 0, node);
    return { ok: true, collections: rest };
  }
  if (to.parentId === null) return { ok: false, reason: 'Only collections sit at the top.' };
  if (contains(node, to.parentId)) return { ok: false, reason: 'A folder cannot go inside itself.' };
  const target = findNode(collections, to.parentId);
  if (!target || !isContainer(target.node)) return { ok: false, reason: 'There is no such folder.' };
  const removed = removeNode(collections, id)!;
  return { ok: true, collections: insertItem(removed.collections, to.parentId, to.index, node) };
}

/** The placement before or after `targetId`, counted as if `movingId` were already out of the way. */
export function placementBeside(
  collections: readonly Collection[],
  movingId: string,
  targetId: string,
  side: 'before' | 'after',
): Placement | null {
  const target = findNode(collections, targetId);
  if (!target) return null;
  const siblings =
    target.parentId === null ? collections : (target.ancestors[target.ancestors.length - 1]?.items ?? []);
  const others = siblings.filter((s) => s.id !== movingId);
  const index = others.findIndex((s) => s.id === targetId);
  return { parentId: target.parentId, index: side === 'before' ? index : index + 1 };
}

/** A deep copy under fresh ids, so the copy and the original never get mixed up. */
export function withFreshIds<T extends TreeNode>(node: T, makeId: () => string = newId): T {
  const copy = { ...node, id: makeId() };
  if (isContainer(node)) {
    return { ...copy, items: node.items.map((item) => withFreshIds(item, makeId)) } as T;
  }
  return copy;
}

/** Copies a node (fresh ids all the way down) right after the original, named "<name> copy". */
export function duplicateNode(
  collections: readonly Collection[],
  id: string,
  makeId: () => string = newId,
): { collections: Collection[]; copyId: string } | null {
  const original = findNode(collections, id);
  if (!original) return null;
  const copy = { ...withFreshIds(original.node, makeId), name: `${original.node.name} copy` };
  if (original.parentId === null) {
    const next = [...collections];
    next.splice(original.index + 1, 0, copy as Collection);
    return { collections: next, copyId: copy.id };
  }
  return {
    collections: insertItem(collections, original.parentId, original.index + 1, copy as CollectionItem),
    copyId: copy.id,
  };
}
