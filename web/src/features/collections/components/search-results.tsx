import type { Collection, SavedRequest, TabLink } from '@playground/shared';
import type { ReactNode } from 'react';
import { searchLibrary } from '../utils/search-library.ts';
import { MethodBadge } from './method-badge.tsx';

interface SearchResultsProps {
  collections: readonly Collection[];
  query: string;
  onOpen: (link: TabLink, request: SavedRequest) => void;
  /** The matching history entries, drawn by the app (history is a feature of its own). */
  history?: ReactNode;
}

/** Saved requests matching the search, by path, then what history holds. */
export function SearchResults({ collections, query, onOpen, history }: SearchResultsProps) {
  const found = searchLibrary(collections, query);
  return (
    <div className="collections-results">
      <h3 className="collections-subheading">In collections</h3>
      {found.length === 0 ? (
        <p className="collections-help">No saved request matches “{query}”.</p>
      ) : (
        <ul className="collections-result-list" aria-label="Saved requests found">
          {found.map(({ collection, request, path }) => (
            <li key={request.id}>
              <button
                type="button"
                className="collections-result"
                onClick={() => onOpen({ collectionId: collection.id, requestId: request.id }, request)}
              >
                <MethodBadge method={request.draft.method} /> <span>{path.join(' / ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {history}
    </div>
  );
}
