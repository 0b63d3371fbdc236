import { useState } from 'react';

interface ClearCookiesProps {
  count: number;
  onClear: () => void;
}

/** Clearing cannot be undone, so it asks once more. */
export function ClearCookies({ count, onClear }: ClearCookiesProps) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        className="button cookies-small"
        disabled={count === 0}
        onClick={() => setConfirming(true)}
      >
        Clear all cookies
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a short inline question, not a form to submit
    <div className="cookies-confirm" role="group" aria-label="Clear all cookies?">
      <span>
        Delete all {count} {count === 1 ? 'cookie' : 'cookies'} of this jar?
      </span>
      <button
        type="button"
        className="button button-cancel cookies-small"
        onClick={() => {
          setConfirming(false);
          onClear();
        }}
      >
        Yes, clear them
      </button>
      {/* biome-ignore lint/a11y/noAutofocus: focus moves to the safe choice of the question just asked */}
      <button type="button" className="button cookies-small" autoFocus onClick={() => setConfirming(false)}>
        Keep them
      </button>
    </div>
  );
}
