import type { Ref } from 'react';

interface CollectionsButtonProps {
  expanded: boolean;
  onToggle: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/** Opens and closes the Collections panel. */
export function CollectionsButton({ expanded, onToggle, ref }: CollectionsButtonProps) {
  return (
    <button
      ref={ref}
      type="button"
      className="button button-small collections-button"
      aria-expanded={expanded}
      aria-controls={expanded ? 'collections-panel' : undefined}
      onClick={onToggle}
    >
      Collections
    </button>
  );
}
