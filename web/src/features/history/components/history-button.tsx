import type { Ref } from 'react';

interface HistoryButtonProps {
  expanded: boolean;
  onToggle: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/** Opens and closes the History panel. */
export function HistoryButton({ expanded, onToggle, ref }: HistoryButtonProps) {
  return (
    <button
      ref={ref}
      type="button"
      className="button button-small history-button"
      aria-expanded={expanded}
      aria-controls={expanded ? 'history-panel' : undefined}
      onClick={onToggle}
    >
      History
    </button>
  );
}
