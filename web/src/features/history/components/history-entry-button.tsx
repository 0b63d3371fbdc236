import { type HistoryEntry, statusClass } from '@playground/shared';
import { formatBytes } from '@/lib/format-bytes.ts';
import { formatDuration } from '@/lib/format-duration.ts';
import { displayUrl, formatAge, outcomeLabel } from '../utils/describe-entry.ts';
import { filesNotKept } from '../utils/history-entry.ts';

interface HistoryEntryButtonProps {
  entry: HistoryEntry;
  now: number;
  onReopen: (entry: HistoryEntry) => void;
}

function outcomeTone(entry: HistoryEntry): string {
  const { outcome } = entry;
  if (outcome.kind === 'response') return statusClass(outcome.status);
  return outcome.kind;
}

/** One sent request; activating it reopens the request in a new tab. */
export function HistoryEntryButton({ entry, now, onReopen }: HistoryEntryButtonProps) {
  const notKept = filesNotKept(entry.draft);
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return (
    <button
      type="button"
      className="history-entry"
      title={`Reopen ${entry.method} ${entry.url} in a new tab`}
      onClick={() => onReopen(entry)}
    >
      <span className="history-entry-line">
        <span className="history-entry-method">{entry.method}</span>{' '}
        <span className="history-entry-url">{displayUrl(entry.url, origin)}</span>
      </span>{' '}
      <span className="history-entry-facts">
        <span className={`history-entry-outcome tone-${outcomeTone(entry)}`}>
          {outcomeLabel(entry.outcome)}
        </span>{' '}
        <span>{formatDuration(entry.totalMs)}</span>{' '}
        {entry.bodyBytes !== null && <span>{formatBytes(entry.bodyBytes)} </span>}
        <time dateTime={new Date(entry.sentAt).toISOString()}>{formatAge(entry.sentAt, now)}</time>
        {notKept.length > 0 && (
          <span className="history-entry-note"> ({notKept.join(', ')}: file not kept)</span>
        )}
      </span>
    </button>
  );
}
