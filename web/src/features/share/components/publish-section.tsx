import { type PortableCollection, snapshotUrl } from '@playground/shared';
import { useDeleteSnapshot } from '../api/delete-snapshot.ts';
import { usePublishSnapshot } from '../api/publish-snapshot.ts';
import { formatDate } from '../utils/format-date.ts';
import { CopyField } from './copy-field.tsx';

interface PublishSectionProps {
  portable: PortableCollection;
  present: boolean;
}

/** Publishes a snapshot to the playground's share store: a short link, an expiry, and a way to delete it. */
export function PublishSection({ portable, present }: PublishSectionProps) {
  const publish = usePublishSnapshot();
  const remove = useDeleteSnapshot();
  const published = publish.data;

  return (
    <section className="share-section" aria-label="Published snapshot">
      <h3>Published snapshot</h3>
      <p className="share-muted">
        A copy is stored by this playground and gets a short link. Anyone who can reach this playground and
        has the link can open it, read-only, until it expires; you can delete it sooner.
      </p>
      {!published || remove.isSuccess ? (
        <>
          {remove.isSuccess && <p role="status">The snapshot was deleted; its link no longer opens.</p>}
          <button
            type="button"
            className="button"
            disabled={publish.isPending}
            onClick={() => {
              remove.reset();
              publish.mutate(portable);
            }}
          >
            {publish.isPending ? 'Publishing…' : 'Publish snapshot'}
          </button>
          {publish.error && (
            <p className="share-problem-text" role="status">
              {publish.error.message}
            </p>
          )}
        </>
      ) : (
        <>
          <CopyField
            label="Short link"
            value={snapshotUrl(window.location.origin, published.receipt.id, { present })}
          />
          <p className="share-muted">Available until {formatDate(published.receipt.expiresAt)}.</p>
          {published.keyNotKept && (
            <p className="share-problem-text">
              This browser could not keep the key to delete it later ({published.keyNotKept}); delete it now
              if you need to.
            </p>
          )}
          <button
            type="button"
            className="button button-cancel"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate({ id: published.receipt.id, deleteToken: published.receipt.deleteToken })
            }
          >
            Delete snapshot
          </button>
          {remove.error && <p className="share-problem-text">{remove.error.message}</p>}
        </>
      )}
    </section>
  );
}
