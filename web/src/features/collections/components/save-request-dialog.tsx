import type { SavedDraft, TabLink } from '@playground/shared';
import { useId, useState } from 'react';
import { Dialog } from '@/components/dialog/dialog.tsx';
import type { Library } from '../hooks/use-library.ts';
import { destinations } from '../utils/destinations.ts';

interface SaveRequestDialogProps {
  library: Library;
  /** The tab's draft, as it is stored. */
  draft: SavedDraft;
  defaultName: string;
  onSaved: (link: TabLink) => void;
  onClose: () => void;
}

/** Saves a tab that was never saved: a name, and the collection or folder (or a new collection) it goes in. */
export function SaveRequestDialog({ library, draft, defaultName, onSaved, onClose }: SaveRequestDialogProps) {
  const ids = useId();
  const options = destinations(library.collections);
  const [name, setName] = useState(defaultName);
  const [parentId, setParentId] = useState(options[0]?.id ?? '');
  // With no collection yet, the request goes into a new one.
  const [newCollection, setNewCollection] = useState<string | null>(
    options.length === 0 ? 'My requests' : null,
  );

  const save = () => {
    const target =
      newCollection === null ? parentId : library.createCollection(newCollection.trim() || 'My requests');
    const link = library.createRequest(target, name.trim() || defaultName, draft);
    if (link) onSaved(link);
  };

  return (
    <Dialog title="Save request" onClose={onClose} closeLabel="Cancel">
      <form
        className="collections-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label htmlFor={`${ids}-name`}>Request name</label>
        <input
          id={`${ids}-name`}
          value={name}
          autoComplete="off"
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => setName(event.target.value)}
        />
        {newCollection === null ? (
          <>
            <label htmlFor={`${ids}-to`}>Save in</label>
            <div className="collections-row">
              <select id={`${ids}-to`} value={parentId} onChange={(event) => setParentId(event.target.value)}>
                {options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </select>
              <button type="button" className="button" onClick={() => setNewCollection('')}>
                New collection
              </button>
            </div>
          </>
        ) : (
          <>
            <label htmlFor={`${ids}-collection`}>New collection name</label>
            <div className="collections-row">
              <input
                id={`${ids}-collection`}
                value={newCollection}
                placeholder="My requests"
                autoComplete="off"
                onChange={(event) => setNewCollection(event.target.value)}
              />
              {options.length > 0 ? (
                <button type="button" className="button" onClick={() => setNewCollection(null)}>
                  Pick an existing one
                </button>
              ) : null}
            </div>
            <p className="collections-help">
              A collection keeps requests together, with folders, a base address and headers they share.
            </p>
          </>
        )}
        <div className="collections-form-buttons">
          <button type="submit" className="button button-primary">
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
