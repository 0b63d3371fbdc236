import type { Collection, CollectionItem } from '@playground/shared';

/** A collection or folder something can be saved or moved into, named by its path. */
export interface Destination {
  id: string;
  collectionId: string;
  /** e.g. "Users API / Admin". */
  label: string;
}

/**
 * Every collection and folder in tree order, except `excludeId` and what is inside it (a folder
 * cannot be moved into itself).
 */
export function destinations(collections: readonly Collection[], excludeId?: string): Destination[] {
  const found: Destination[] = [];
  const visit = (collectionId: string, items: readonly CollectionItem[], path: string) => {
    for (const item of items) {
      if (item.type !== 'folder' || item.id === excludeId) continue;
      const label = `${path} / ${item.name}`;
      found.push({ id: item.id, collectionId, label });
      visit(collectionId, item.items, label);
    }
  };
  for (const collection of collections) {
    if (collection.id === excludeId) continue;
    found.push({ id: collection.id, collectionId: collection.id, label: collection.name });
    visit(collection.id, collection.items, collection.name);
  }
  return found;
}
