import type { Ref } from 'react';
import './history-button.css';

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
      className="button history-button"
      aria-expanded={expanded}
      aria-controls={expanded ? 'history-panel' : undefined}
      onClick={onToggle}
    >
      History
    </button>
  );
}
