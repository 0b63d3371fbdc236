import { type ReactNode, useId, useLayoutEffect, useRef } from 'react';
import './dialog.css';

export interface DialogProps {
  /** The heading, which also names the dialog. */
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Shown beside the title's close button; defaults to "Close". */
  closeLabel?: string;
}

/**
 * A modal dialog on the native `<dialog>`: the browser traps focus inside, makes the rest of the
 * page inert, closes it on Escape and gives focus back to what opened it.
 */
export function Dialog({ title, onClose, children, closeLabel = 'Close' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const close = useRef(onClose);
  close.current = onClose;

  // showModal() has no declarative form; it must run once the element is in the page. A layout
  // effect, so that on unmount close() runs while the element is still in the page: only then
  // does the browser give focus back to what opened the dialog.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      close.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={headingId}>
      <div className="dialog-top">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="button dialog-close" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </dialog>
  );
}
