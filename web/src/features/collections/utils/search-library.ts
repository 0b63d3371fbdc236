import type { Collection, SavedRequest } from '@playground/shared';
import { type FoundRequest, listRequests } from './tree.ts';

/** Everything a search looks in: the names on the way to it, method, URL, headers and the body. */
function searchText(request: SavedRequest, path: readonly string[]): string {
  const { draft } = request;
  const rows = [...draft.params, ...draft.headers, ...draft.body.fields, ...draft.body.parts];
  return [...path, draft.method, draft.url, ...rows.flatMap((row) => [row.name, row.value]), draft.body.text]
    .join('\n')
    .toLowerCase();
}

/** The words of a query, lower-cased; an empty list matches nothing in particular. */
export const queryWords = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * The saved requests matching a search, in tree order: every word must appear somewhere
 * (case-insensitive), so `admin create` finds "Users API / Admin / Create user".
 */
export function searchLibrary(collections: readonly Collection[], query: string): FoundRequest[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  return listRequests(collections).filter(({ request, path }) => {
    const text = searchText(request, path);
    return words.every((word) => text.includes(word));
  });
}
