import { type PublishedSnapshot, snapshotUrl } from '@playground/shared';
import { useId } from 'react';
import { useDeleteSnapshot } from '../api/delete-snapshot.ts';
import { usePublished } from '../api/get-published.ts';
import { formatDate } from '../utils/format-date.ts';

interface PublishedRowProps {
  snapshot: PublishedSnapshot;
  now: number;
  deleting: boolean;
  onDelete: () => void;
}

function PublishedRow({ snapshot, now, deleting, onDelete }: PublishedRowProps) {
  const nameId = useId();
  const expired = new Date(snapshot.expiresAt).getTime() < now;
  const link = snapshotUrl(window.location.origin, snapshot.id);
  return (
    <li>
      <span className="published-name" id={nameId}>
        {snapshot.name}
      </span>
      <a href={link} target="_blank" rel="noreferrer">
        {link}
      </a>
      <span className="share-muted">{expired ? 'expired' : `until ${formatDate(snapshot.expiresAt)}`}</span>
      {/* Described, not named, by the collection's name: names stay clear of the page's own words. */}
      <button
        type="button"
        className="button button-cancel"
        aria-describedby={nameId}
        disabled={deleting}
        onClick={onDelete}
      >
        Delete
      </button>
    </li>
  );
}

/** The snapshots published from this browser, each with its link and a way to delete it. */
export function PublishedList() {
  const { data } = usePublished();
  const remove = useDeleteSnapshot();
  const snapshots = data?.published.snapshots ?? [];
  const now = Date.now();

  return (
    <details className="share-section published-list">
      <summary>My published snapshots ({snapshots.length})</summary>
      {data?.problem && <p className="share-problem-text">Some could not be read: {data.problem}</p>}
      {snapshots.length === 0 ? (
        <p className="share-muted">None yet. Snapshots you publish from this browser are listed here.</p>
      ) : (
        <ul>
          {snapshots.map((snapshot) => (
            <PublishedRow
              key={snapshot.id}
              snapshot={snapshot}
              now={now}
              deleting={remove.isPending}
              onDelete={() => remove.mutate(snapshot)}
            />
          ))}
        </ul>
      )}
      {remove.error && <p className="share-problem-text">Not deleted: {remove.error.message}</p>}
    </details>
  );
}
