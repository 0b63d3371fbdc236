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
}

/**
 * A button that shows an explanation beside it (the disclosure pattern: aria-expanded and
 * aria-controls). Escape closes it and puts focus back on the button; so does moving focus
 * elsewhere on the page.
 */
export function ExplainPopover({ label, title, children, className }: ExplainPopoverProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const closeOnLeave = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (open && next instanceof Node && !event.currentTarget.contains(next)) setOpen(false);
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
        <div id={panelId} className="explain-panel">
          <Suspense fallback={<p className="explain-loading">Loading the explanation…</p>}>
            {children()}
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
