import { type FocusEvent, type ReactNode, Suspense, useId, useRef, useState } from 'react';
import './explain.css';

export interface ExplainPopoverProps {
  /** The button's content; its text is the button's accessible name, e.g. "About GET". */
  label: ReactNode;
  /** Shown on hover: the same words, when the visible label is shortened. */
  title?: string;
  /** Rendered only while open, so its text is not in the page (or its search) until asked for. */
  children: () => ReactNode;
  className?: string;
  /**
   * Opens in the page's flow and stays open while focus moves on (e.g. back to the address box, to
   * watch the parts change while typing) instead of floating over what is below.
   */
  inline?: boolean;
}

/**
 * A button that shows an explanation beside it (the disclosure pattern: aria-expanded and
 * aria-controls). Escape closes it and puts focus back on the button; moving focus elsewhere on
 * the page closes a floating one.
 */
export function ExplainPopover({ label, title, children, className, inline = false }: ExplainPopoverProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const closeOnLeave = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (open && !inline && next instanceof Node && !event.currentTarget.contains(next)) setOpen(false);
  };
  // A floating panel opens rightwards from its button; near the right edge it slides left to stay
  // on screen (its width is fixed, so one measure on mount is enough).
  const keepInView = (panel: HTMLDivElement | null) => {
    if (!panel || inline) return;
    const rect = panel.getBoundingClientRect();
    const overflow = rect.right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) panel.style.left = `${-Math.min(overflow, Math.max(rect.left - 8, 0))}px`;
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is handled for the button and the panel together.
    <div
      className={`explain ${className ?? ''}`}
      onBlur={closeOnLeave}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="explain-button"
        title={title}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open ? (
        <div
          ref={keepInView}
          id={panelId}
          className={inline ? 'explain-panel explain-inline' : 'explain-panel'}
        >
          <Suspense fallback={<p className="explain-loading">Loading the explanation…</p>}>
            {children()}
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
