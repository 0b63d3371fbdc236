import type { SavedDraft } from '@playground/shared';
import { useId, useState } from 'react';
import { useChangeHistory } from '../api/change-history.ts';
import { useHistory } from '../api/get-history.ts';
import { setHistoryLimit } from '../utils/history-entry.ts';
import { matchesHistory } from '../utils/match-history.ts';
import { ClearHistory } from './clear-history.tsx';
import { HistoryEntryButton } from './history-entry-button.tsx';
import { HistoryLimit } from './history-limit.tsx';
import '@/components/side-panel/side-panel.css';
import './history-panel.css';

interface HistoryPanelProps {
  onReopen: (draft: SavedDraft) => void;
  onClose: () => void;
}

/** The requests sent so far, newest first: search them, reopen one in a new tab, or clear them. */
export function HistoryPanel({ onReopen, onClose }: HistoryPanelProps) {
  const headingId = useId();
  const [query, setQuery] = useState('');
  const { data } = useHistory();
  const change = useChangeHistory();
  const entries = data?.history.entries ?? [];
  const shown = entries.filter((entry) => matchesHistory(entry, query));
  const now = Date.now();

  return (
    <section
      id="history-panel"
      className="side-panel history-panel"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="side-panel-bar">
        <h2 id={headingId}>History</h2>
        <button type="button" className="side-panel-close" aria-label="Close history" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="history-note">History keeps the requests you sent, not their responses.</p>
      {data?.problem && <p className="history-problem">Some history could not be read: {data.problem}</p>}
      {change.error && <p className="history-problem">History could not be saved: {change.error.message}</p>}
      <input
        type="search"
        className="history-search"
        aria-label="Search history"
        placeholder="Search method, URL, headers, body"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {!data ? (
        <p className="history-empty">Reading history…</p>
      ) : entries.length === 0 ? (
        <p className="history-empty">Nothing sent yet. Every request you send is listed here.</p>
      ) : shown.length === 0 ? (
        <p className="history-empty">No request matches “{query}”.</p>
      ) : (
        <ol className="history-list" aria-label="Sent requests, newest first">
          {shown.map((entry) => (
            <li key={entry.id}>
              <HistoryEntryButton entry={entry} now={now} onReopen={(e) => onReopen(e.draft)} />
            </li>
          ))}
        </ol>
      )}
      {data && (
        <div className="side-panel-bar">
          <HistoryLimit
            limit={data.history.limit}
            onChange={(limit) => change.mutate((history) => setHistoryLimit(history, limit))}
          />
          <ClearHistory
            count={entries.length}
            onClear={() => change.mutate((history) => ({ ...history, entries: [] }))}
          />
        </div>
      )}
    </section>
  );
}
