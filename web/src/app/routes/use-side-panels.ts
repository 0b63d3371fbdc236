import { useRef, useState } from 'react';

/** The panels at the right of the page; one at a time. */
export type SidePanel = 'learn' | 'history' | 'cookies';

/**
 * Which side panel is open, and the header buttons that open them: closing a panel gives focus
 * back to its button, as a disclosure should.
 */
export function useSidePanels() {
  const [open, setOpen] = useState<SidePanel | null>(null);
  const learn = useRef<HTMLButtonElement>(null);
  const history = useRef<HTMLButtonElement>(null);
  const cookies = useRef<HTMLButtonElement>(null);
  const buttons = { learn, history, cookies };
  return {
    open,
    buttons,
    toggle: (panel: SidePanel) => setOpen((was) => (was === panel ? null : panel)),
    close: (panel: SidePanel) => {
      setOpen(null);
      buttons[panel].current?.focus();
    },
    /** History and Cookies float over the response; the Code panel takes their place. */
    closeDrawers: () => setOpen((was) => (was === 'learn' ? was : null)),
  };
}

export type SidePanels = ReturnType<typeof useSidePanels>;
