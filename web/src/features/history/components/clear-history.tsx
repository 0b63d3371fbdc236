import { useState } from 'react';

interface ClearHistoryProps {
  count: number;
  onClear: () => void;
}

/** Clearing cannot be undone, so it asks once more. */
export function ClearHistory({ count, onClear }: ClearHistoryProps) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        className="button history-small"
        disabled={count === 0}
        onClick={() => setConfirming(true)}
      >
        Clear history
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a short inline question, not a form to submit
    <div className="history-clear-confirm" role="group" aria-label="Clear history?">
      <span>
        Delete all {count} {count === 1 ? 'entry' : 'entries'}?
      </span>
      <button
        type="button"
        className="button button-cancel history-small"
        onClick={() => {
          setConfirming(false);
          onClear();
        }}
      >
        Yes, clear
      </button>
      {/* biome-ignore lint/a11y/noAutofocus: focus moves to the safe choice of the question just asked */}
      <button type="button" className="button history-small" autoFocus onClick={() => setConfirming(false)}>
        Keep
      </button>
    </div>
  );
}
