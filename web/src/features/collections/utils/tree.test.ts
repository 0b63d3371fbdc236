import { type Collection, type CollectionItem, defaultSession, type SavedRequest } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { savedDraft } from './test-drafts.ts';
import {
  duplicateNode,
  findNode,
  findRequest,
  insertItem,
  listRequests,
  moveNode,
  placementBeside,
  removeNode,
} from './tree.ts';

const request = (id: string, name = id): SavedRequest => ({
  type: 'request',
  id,
  name,
  draft: savedDraft('GET', `http://127.0.0.1/${id}`),
});

const folder = (id: string, name: string, items: CollectionItem[]): CollectionItem => ({
  type: 'folder',
  id,
  name,
  items,
});

const collection = (id: string, name: string, items: CollectionItem[]): Collection => ({
  id,
  name,
  description: '',
  items,
  variables: [],
  session: defaultSession(),
});

/** Users API: list, Admin/(create, Deep/(purge)); Other: ping. */
function library(): Collection[] {
  return [
    collection('users', 'Users API', [
      request('list', 'List users'),
      folder('admin', 'Admin', [
        request('create', 'Create user'),
        folder('deep', 'Deep', [request('purge')]),
      ]),
    ]),
    collection('other', 'Other', [request('ping')]),
  ];
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const itemsOf = (collections: Collection[], id: string) => {
  const node = findNode(collections, id)?.node;
  return node && 'items' in node ? ids(node.items) : null;
};

describe('finding', () => {
  it('finds any node with its collection, parent, index and ancestors', () => {
    const found = findNode(library(), 'purge');
    expect(found?.collection.id).toBe('users');
    expect(found?.parentId).toBe('deep');
    expect(found?.index).toBe(0);
    expect(found?.ancestors.map((a) => a.name)).toEqual(['Users API', 'Admin', 'Deep']);
    expect(findNode(library(), 'other')).toMatchObject({ parentId: null, index: 1, ancestors: [] });
    expect(findNode(library(), 'nope')).toBeNull();
  });

  it('finds a linked request with its path, and nothing for a link that leads nowhere', () => {
    const found = findRequest(library(), { collectionId: 'users', requestId: 'create' });
    expect(found?.request.name).toBe('Create user');
    expect(found?.collection.name).toBe('Users API');
    expect(found?.path).toEqual(['Users API', 'Admin', 'Create user']);
    expect(findRequest(library(), { collectionId: 'users', requestId: 'gone' })).toBeNull();
    expect(findRequest(library(), { collectionId: 'users', requestId: 'admin' })).toBeNull();
    expect(findRequest(library(), null)).toBeNull();
  });

  it('still finds a linked request that moved to another collection, where it is now', () => {
    const found = findRequest(library(), { collectionId: 'other', requestId: 'create' });
    expect(found?.collection.id).toBe('users');
    const gone = findRequest(library(), { collectionId: 'deleted', requestId: 'ping' });
    expect(gone?.collection.id).toBe('other');
  });

  it('lists every request in tree order with its path', () => {
    expect(listRequests(library()).map((r) => r.path.join(' / '))).toEqual([
      'Users API / List users',
      'Users API / Admin / Create user',
      'Users API / Admin / Deep / purge',
      'Other / ping',
    ]);
  });
});

describe('inserting and removing', () => {
  it('inserts at a position, clamped to the end, without touching the original', () => {
    const before = library();
    const after = insertItem(before, 'admin', 1, request('new'));
    expect(itemsOf(after, 'admin')).toEqual(['create', 'new', 'deep']);
    expect(itemsOf(insertItem(before, 'other', 99, request('new')), 'other')).toEqual(['ping', 'new']);
    expect(itemsOf(before, 'admin')).toEqual(['create', 'deep']);
    // Untouched branches are shared, not copied.
    expect(after[1]).toBe(before[1]);
  });

  it('removes a request, a folder with everything in it, or a collection', () => {
    const removed = removeNode(library(), 'admin');
    expect(removed?.removed.node.name).toBe('Admin');
    expect(itemsOf(removed!.collections, 'users')).toEqual(['list']);
    expect(findNode(removed!.collections, 'purge')).toBeNull();
    expect(ids(removeNode(library(), 'users')!.collections)).toEqual(['other']);
    expect(removeNode(library(), 'nope')).toBeNull();
  });
});

describe('moving', () => {
  it('moves a request into another folder at a position', () => {
    const moved = moveNode(library(), 'ping', { parentId: 'admin', index: 0 });
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    expect(itemsOf(moved.collections, 'admin')).toEqual(['ping', 'create', 'deep']);
    expect(itemsOf(moved.collections, 'other')).toEqual([]);
  });

  it('reorders within the same folder, the index being the final position', () => {
    const down = moveNode(library(), 'list', { parentId: 'users', index: 1 });
    expect(down.ok && itemsOf(down.collections, 'users')).toEqual(['admin', 'list']);
    const up = moveNode(library(), 'admin', { parentId: 'users', index: 0 });
    expect(up.ok && itemsOf(up.collections, 'users')).toEqual(['admin', 'list']);
  });

  it('never moves a folder into itself or into a folder inside it', () => {
    expect(moveNode(library(), 'admin', { parentId: 'admin', index: 0 })).toEqual({
      ok: false,
      reason: 'A folder cannot go inside itself.',
    });
    expect(moveNode(library(), 'admin', { parentId: 'deep', index: 0 }).ok).toBe(false);
  });

  it('keeps collections at the top and items inside collections', () => {
    expect(moveNode(library(), 'users', { parentId: 'other', index: 0 }).ok).toBe(false);
    expect(moveNode(library(), 'ping', { parentId: null, index: 0 }).ok).toBe(false);
    expect(moveNode(library(), 'ping', { parentId: 'create', index: 0 }).ok).toBe(false);
    const reordered = moveNode(library(), 'other', { parentId: null, index: 0 });
    expect(reordered.ok && ids(reordered.collections)).toEqual(['other', 'users']);
  });

  it('places a dragged node before or after another, as if it were already out of the way', () => {
    expect(placementBeside(library(), 'list', 'admin', 'after')).toEqual({ parentId: 'users', index: 1 });
    expect(placementBeside(library(), 'purge', 'create', 'before')).toEqual({ parentId: 'admin', index: 0 });
    expect(placementBeside(library(), 'users', 'other', 'after')).toEqual({ parentId: null, index: 1 });
  });
});

describe('duplicating', () => {
  it('copies a folder right after it, with fresh ids all the way down', () => {
    let n = 0;
    const result = duplicateNode(library(), 'admin', () => `fresh-${++n}`);
    expect(result?.copyId).toBe('fresh-1');
    const collections = result!.collections;
    expect(itemsOf(collections, 'users')).toEqual(['list', 'admin', 'fresh-1']);
    const copy = findNode(collections, 'fresh-1')!.node;
    expect(copy.name).toBe('Admin copy');
    expect(itemsOf(collections, 'fresh-1')).toEqual(['fresh-2', 'fresh-3']);
    expect(itemsOf(collections, 'fresh-3')).toEqual(['fresh-4']);
    // The original is still there, unchanged.
    expect(itemsOf(collections, 'admin')).toEqual(['create', 'deep']);
  });

  it('copies a collection among the collections and a request beside it', () => {
    const collections = duplicateNode(library(), 'users')!.collections;
    expect(collections.map((c) => c.name)).toEqual(['Users API', 'Users API copy', 'Other']);
    expect(new Set(listRequests(collections).map((r) => r.request.id)).size).toBe(7);
    const request = duplicateNode(library(), 'ping')!;
    expect(findNode(request.collections, request.copyId)?.node.name).toBe('ping copy');
    expect(duplicateNode(library(), 'nope')).toBeNull();
  });
});
