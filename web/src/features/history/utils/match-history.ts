import type { HistoryEntry } from '@playground/shared';

/** Everything a search looks in: method, URL, header names and values, and the body's text. */
function searchText(entry: HistoryEntry): string {
  const { draft } = entry;
  const rows = [...draft.headers, ...draft.body.fields, ...draft.body.parts];
  return [entry.method, entry.url, ...rows.flatMap((row) => [row.name, row.value]), draft.body.text]
    .join('\n')
    .toLowerCase();
}

/**
 * Whether the entry matches what was typed in the search box: every word must appear somewhere
 * (case-insensitive), so `post users` finds a POST to /users.
 */
export function matchesHistory(entry: HistoryEntry, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchText(entry);
  return words.every((word) => text.includes(word));
}
