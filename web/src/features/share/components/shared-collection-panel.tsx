import type { PortableCollection, SavedRequest } from '@playground/shared';
import { useId, useState } from 'react';
import type { OpenedShare } from '../api/open-share.ts';
import { countRequests, requestsLabel } from '../utils/count-requests.ts';
import { formatDate } from '../utils/format-date.ts';
import { SharedItems } from './shared-items.tsx';
import './shared-collection-panel.css';

interface SharedCollectionPanelProps {
  /** Null while the link is being opened. */
  share: OpenedShare | null;
  /** Opens a request in a new tab of the playground; nothing is saved. */
  onOpen: (request: SavedRequest, portable: PortableCollection) => void;
  /** Adds the collection (and the environments it carries) to the user's own. */
  onSaveCopy: (portable: PortableCollection) => Promise<void>;
  onClose: () => void;
}

type Saving =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; reason: string };

/**
 * A collection someone shared, beside the playground: read-only, each request opens in a tab where
 * it can be sent, and "Save a copy" keeps it. Sits where the collections sidebar is, so the request
 * being tried stays in view.
 */
export function SharedCollectionPanel({ share, onOpen, onSaveCopy, onClose }: SharedCollectionPanelProps) {
  const headingId = useId();
  const [saving, setSaving] = useState<Saving>({ state: 'idle' });

  if (!share) {
    return (
      <section className="shared-panel" aria-label="Shared collection" aria-busy="true">
        <p className="shared-note">Opening the shared collection…</p>
      </section>
    );
  }

  const { portable } = share;
  const { collection, environments } = portable;
  const count = countRequests(collection.items);
  const save = () => {
    setSaving({ state: 'saving' });
    onSaveCopy(portable).then(
      () => setSaving({ state: 'saved' }),
      (error: unknown) =>
        setSaving({ state: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <section className="shared-panel" aria-labelledby={headingId}>
      <div className="shared-panel-top">
        <p className="shared-eyebrow">Shared collection · read-only</p>
        <button type="button" className="shared-close" aria-label="Close shared collection" onClick={onClose}>
          ×
        </button>
      </div>
      <h2 id={headingId}>{collection.name || 'Untitled collection'}</h2>
      {collection.description && <p className="shared-description">{collection.description}</p>}
      <p className="shared-facts">
        {requestsLabel(count)}
        {share.source === 'link'
          ? ' · carried in the link itself'
          : ` · published ${formatDate(share.createdAt)}, available until ${formatDate(share.expiresAt)}`}
      </p>
      {environments.length > 0 && (
        <p className="shared-facts">
          Comes with {environments.length === 1 ? 'the environment' : 'the environments'}{' '}
          {environments.map((e) => `“${e.name}”`).join(', ')}.
        </p>
      )}
      <p className="shared-note">
        Open a request to try it in a tab. Nothing is kept until you choose Save a copy.
      </p>
      <div className="shared-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={saving.state === 'saving' || saving.state === 'saved'}
          onClick={save}
        >
          {saving.state === 'saved' ? 'Saved' : 'Save a copy'}
        </button>
        <p className="shared-saving" role="status">
          {saving.state === 'saved' && 'A copy is in your collections.'}
          {saving.state === 'failed' && `The copy was not saved: ${saving.reason}`}
        </p>
      </div>
      {count === 0 ? (
        <p className="shared-note">This collection has no requests.</p>
      ) : (
        <SharedItems items={collection.items} onOpen={(request) => onOpen(request, portable)} />
      )}
    </section>
  );
}
