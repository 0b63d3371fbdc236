import { useState } from 'react';

interface DeleteEnvironmentProps {
  name: string;
  onDelete: () => void;
}

/** Deleting cannot be undone, so it asks once more. */
export function DeleteEnvironment({ name, onDelete }: DeleteEnvironmentProps) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        Delete environment
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a short inline question, not a form to submit
    <div className="environments-confirm" role="group" aria-label="Delete this environment?">
      <span>Delete “{name}” and its variables?</span>
      <button
        type="button"
        className="button button-cancel"
        onClick={() => {
          setConfirming(false);
          onDelete();
        }}
      >
        Yes, delete
      </button>
      {/* biome-ignore lint/a11y/noAutofocus: focus moves to the safe choice of the question just asked */}
      <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
        Keep
      </button>
    </div>
  );
}
