import type { Ref } from 'react';

interface CodeButtonProps {
  expanded: boolean;
  onToggle: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/** Beside Send: opens and closes the panel showing the request as code. */
export function CodeButton({ expanded, onToggle, ref }: CodeButtonProps) {
  return (
    <button
      ref={ref}
      type="button"
      className="button code-button"
      aria-expanded={expanded}
      aria-controls={expanded ? 'snippet-panel' : undefined}
      title="The same request as code: Python, curl, JavaScript and more"
      onClick={onToggle}
    >
      Code
    </button>
  );
}
