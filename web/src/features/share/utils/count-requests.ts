import type { CollectionItem } from '@playground/shared';

/** How many requests a tree of items holds, folders included. */
export function countRequests(items: readonly CollectionItem[]): number {
  return items.reduce((sum, item) => sum + (item.type === 'request' ? 1 : countRequests(item.items)), 0);
}

/** "1 request", "3 requests". */
export const requestsLabel = (count: number): string => `${count} request${count === 1 ? '' : 's'}`;
