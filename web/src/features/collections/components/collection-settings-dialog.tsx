import type { Collection, SavedRow, Variable } from '@playground/shared';
import { useId, useState } from 'react';
import { Dialog } from '@/components/dialog/dialog.tsx';
import { KeyValueTable } from '@/components/key-value-table/key-value-table.tsx';
import { VariablesTable } from '@/components/variables-table/variables-table.tsx';
import { newRow, type Row } from '@/lib/request-draft.ts';
import type { CollectionSettings } from '../hooks/use-library.ts';

interface CollectionSettingsDialogProps {
  collection: Collection;
  onSave: (settings: CollectionSettings) => void;
  onClose: () => void;
}

const toRow = ({ name, value, enabled }: SavedRow): Row => newRow(name, value, enabled);
const toSavedRow = ({ name, value, enabled }: Row): SavedRow => ({ name, value, enabled });

/**
 * A collection's name and description, how it acts as a session (like Python's `requests.Session`:
 * a base address, headers sent with each request, a cookie jar) and its `{{variables}}`.
 * Nothing changes until "Save settings".
 */
export function CollectionSettingsDialog({ collection, onSave, onClose }: CollectionSettingsDialogProps) {
  const ids = useId();
  const [name, setName] = useState(collection.name);
  const [description, setDescription] = useState(collection.description);
  const [baseUrl, setBaseUrl] = useState(collection.session.baseUrl);
  const [headers, setHeaders] = useState(() => collection.session.headers.map(toRow));
  const [cookies, setCookies] = useState(collection.session.cookies);
  const [variables, setVariables] = useState<Variable[]>(collection.variables);

  return (
    <Dialog title="Collection settings" onClose={onClose} closeLabel="Cancel">
      <form
        className="collections-form"
        onSubmit={(event) => {
          event.preventDefault();
          onSave({
            name: name.trim() || collection.name,
            description,
            session: {
              baseUrl: baseUrl.trim(),
              headers: headers.filter((h) => h.name !== '' || h.value !== '').map(toSavedRow),
              cookies,
            },
            variables: variables.filter((v) => v.name !== '' || v.value !== ''),
          });
        }}
      >
        <label htmlFor={`${ids}-name`}>Name</label>
        <input id={`${ids}-name`} value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />
        <label htmlFor={`${ids}-description`}>Description</label>
        <textarea
          id={`${ids}-description`}
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />

        <fieldset className="collections-fieldset">
          <legend>Session</legend>
          <p className="collections-help">
            Like a <code>requests.Session</code>: what every request of this collection shares.
          </p>
          <label htmlFor={`${ids}-base`}>Base address</label>
          <input
            id={`${ids}-base`}
            value={baseUrl}
            placeholder="http://127.0.0.1:5000"
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${ids}-base-help`}
            onChange={(e) => setBaseUrl(e.target.value)}
          />
          <p id={`${ids}-base-help`} className="collections-help">
            A request whose address has no scheme, such as <code>/get</code>, goes to this address followed by
            its own.
          </p>
          <h3 className="collections-subheading">Default headers</h3>
          <p className="collections-help">
            Sent with every request here, unless it sets a header of the same name.
          </p>
          <KeyValueTable label="Default headers" noun="default header" rows={headers} onChange={setHeaders} />
          <label className="collections-check">
            <input type="checkbox" checked={cookies} onChange={(e) => setCookies(e.target.checked)} />
            Use a cookie jar
          </label>
          <p className="collections-help">
            Cookies that responses set are kept for this collection and sent back with its later requests, as
            a browser would.
          </p>
        </fieldset>

        <fieldset className="collections-fieldset">
          <legend>Variables</legend>
          <p className="collections-help">
            <code>{'{{name}}'}</code> in this collection’s requests takes these values, unless the active
            environment has one of the same name.
          </p>
          <VariablesTable
            label={`Variables of ${name || 'this collection'}`}
            variables={variables}
            onChange={setVariables}
          />
        </fieldset>

        <div className="collections-form-buttons">
          <button type="submit" className="button button-primary">
            Save settings
          </button>
        </div>
      </form>
    </Dialog>
  );
}
