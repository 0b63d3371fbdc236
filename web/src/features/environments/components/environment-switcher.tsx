import type { SavedEnvironments } from '@playground/shared';
import type { Ref } from 'react';
import type { ChangeEnvironments } from '../hooks/use-environments.ts';
import { selectEnvironment } from '../utils/environments-state.ts';
import './environment-switcher.css';

interface EnvironmentSwitcherProps {
  saved: SavedEnvironments;
  change: ChangeEnvironments;
  editorOpen: boolean;
  onEdit: () => void;
  editRef?: Ref<HTMLButtonElement>;
}

/** Picks the environment whose variables fill `{{name}}`, and opens the editor. */
export function EnvironmentSwitcher({
  saved,
  change,
  editorOpen,
  onEdit,
  editRef,
}: EnvironmentSwitcherProps) {
  return (
    <div className="environment-switcher">
      <select
        aria-label="Environment"
        value={saved.activeId ?? ''}
        onChange={(event) => {
          const id = event.target.value;
          change((s) => selectEnvironment(s, id === '' ? null : id));
        }}
      >
        <option value="">No environment</option>
        {saved.environments.map((environment) => (
          <option key={environment.id} value={environment.id}>
            {environment.name || '(unnamed)'}
          </option>
        ))}
      </select>
      <button
        ref={editRef}
        type="button"
        className="button button-small environment-edit"
        aria-label="Edit environments"
        aria-haspopup="dialog"
        aria-expanded={editorOpen}
        onClick={onEdit}
      >
        Edit
      </button>
    </div>
  );
}
