import type { SavedDraft } from '@playground/shared';
import { useHistory } from '@/features/history/api/get-history.ts';
import { HistoryEntryButton } from '@/features/history/components/history-entry-button.tsx';
import { matchesHistory } from '@/features/history/utils/match-history.ts';

interface HistoryMatchesProps {
  query: string;
  onReopen: (draft: SavedDraft) => void;
}

/** The history entries a search in the Collections panel matches (history is a feature of its own). */
export function HistoryMatches({ query, onReopen }: HistoryMatchesProps) {
  const { data } = useHistory();
  const found = (data?.history.entries ?? []).filter((entry) => matchesHistory(entry, query));
  const now = Date.now();
  return (
    <>
      <h3 className="collections-subheading">In history</h3>
      {!data ? (
        <p className="collections-help">Reading history…</p>
      ) : found.length === 0 ? (
        <p className="collections-help">No sent request matches “{query}”.</p>
      ) : (
        <ol className="collections-result-list" aria-label="Sent requests found, newest first">
          {found.map((entry) => (
            <li key={entry.id}>
              <HistoryEntryButton entry={entry} now={now} onReopen={(e) => onReopen(e.draft)} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
