import type { Ref } from 'react';

interface LearnButtonProps {
  expanded: boolean;
  onToggle: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/** Opens and closes the Learn panel: short guided lessons against the practice server. */
export function LearnButton({ expanded, onToggle, ref }: LearnButtonProps) {
  return (
    <button
      ref={ref}
      type="button"
      className="button button-small learn-button"
      aria-expanded={expanded}
      aria-controls={expanded ? 'learn-panel' : undefined}
      onClick={onToggle}
    >
      Learn
    </button>
  );
}
