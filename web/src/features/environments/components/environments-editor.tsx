import type { SavedEnvironments } from '@playground/shared';
import { useState } from 'react';
import { Dialog } from '@/components/dialog/dialog.tsx';
import { VariablesTable } from '@/components/variables-table/variables-table.tsx';
import type { ChangeEnvironments } from '../hooks/use-environments.ts';
import {
  addEnvironment,
  duplicateEnvironment,
  removeEnvironment,
  renameEnvironment,
  setVariables,
} from '../utils/environments-state.ts';
import { DeleteEnvironment } from './delete-environment.tsx';
import './environments-editor.css';

interface EnvironmentsEditorProps {
  saved: SavedEnvironments;
  change: ChangeEnvironments;
  onClose: () => void;
}

/**
 * Create, rename, duplicate and delete environments, and edit their variables, in a modal dialog
 * (Escape or the close button ends it). Every edit is saved as it is made.
 */
export function EnvironmentsEditor({ saved, change, onClose }: EnvironmentsEditorProps) {
  const { environments } = saved;
  const [chosenId, setChosenId] = useState(saved.activeId ?? environments[0]?.id ?? null);
  const chosen = environments.find((e) => e.id === chosenId) ?? environments[0] ?? null;

  const create = () => {
    const added = addEnvironment(saved);
    change(() => added.saved);
    setChosenId(added.id);
  };

  return (
    <Dialog title="Environments" closeLabel="Close environments" onClose={onClose}>
      <p className="environments-hint">
        Write <code>{'{{name}}'}</code> in the address, params, headers, body or auth, and the active
        environment fills it in when you send. Its values win over the collection’s.
      </p>
      <div className="environments-editor-body">
        <div className="environments-list">
          <ul aria-label="Your environments">
            {environments.map((environment) => (
              <li key={environment.id}>
                <button
                  type="button"
                  aria-current={environment.id === chosen?.id ? 'true' : undefined}
                  onClick={() => setChosenId(environment.id)}
                >
                  {environment.name || '(unnamed)'}
                  {environment.id === saved.activeId ? (
                    <span className="environments-active"> active</span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={create}>
            New environment
          </button>
        </div>
        {chosen ? (
          <section className="environments-detail" aria-label={`Environment “${chosen.name}”`}>
            <div className="environments-detail-top">
              <label>
                Name
                <input
                  aria-label="Environment name"
                  value={chosen.name}
                  spellCheck={false}
                  autoComplete="off"
                  onChange={(event) => change((s) => renameEnvironment(s, chosen.id, event.target.value))}
                />
              </label>
              <button
                type="button"
                className="button"
                onClick={() => {
                  const copy = duplicateEnvironment(saved, chosen.id);
                  change(() => copy.saved);
                  if (copy.id) setChosenId(copy.id);
                }}
              >
                Duplicate environment
              </button>
              <DeleteEnvironment
                name={chosen.name}
                onDelete={() => {
                  const index = environments.indexOf(chosen);
                  const next = environments[index + 1] ?? environments[index - 1] ?? null;
                  change((s) => removeEnvironment(s, chosen.id));
                  setChosenId(next?.id ?? null);
                }}
              />
            </div>
            <VariablesTable
              // A fresh table per environment, so a value shown in one is masked again in another.
              key={chosen.id}
              label={`Variables of ${chosen.name || 'this environment'}`}
              variables={chosen.variables}
              onChange={(variables) => change((s) => setVariables(s, chosen.id, variables))}
            />
          </section>
        ) : (
          <p className="environments-empty">
            No environments yet. Create one to keep values such as a host or a token in one place, and switch
            between them (say, your own computer and a class server) from the header.
          </p>
        )}
      </div>
    </Dialog>
  );
}
