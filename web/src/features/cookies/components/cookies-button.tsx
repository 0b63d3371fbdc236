import type { Ref } from 'react';

interface CookiesButtonProps {
  expanded: boolean;
  onToggle: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/** Opens and closes the Cookies panel. */
export function CookiesButton({ expanded, onToggle, ref }: CookiesButtonProps) {
  return (
    <button
      ref={ref}
      type="button"
      className="button button-small cookies-button"
      aria-expanded={expanded}
      aria-controls={expanded ? 'cookies-panel' : undefined}
      onClick={onToggle}
    >
      Cookies
    </button>
  );
}
