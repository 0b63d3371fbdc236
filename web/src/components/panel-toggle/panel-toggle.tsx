import type { Ref } from 'react';

interface PanelToggleProps {
  /** The button's text and name, e.g. "History". */
  label: string;
  /** The id of the panel it opens, while open. */
  panelId: string;
  expanded: boolean;
  onToggle: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/** A header button that opens and closes one of the page's panels (a disclosure). */
export function PanelToggle({ label, panelId, expanded, onToggle, ref }: PanelToggleProps) {
  return (
    <button
      ref={ref}
      type="button"
      className="button button-small"
      aria-expanded={expanded}
      aria-controls={expanded ? panelId : undefined}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}
