import { type KeyboardEvent, useEffect, useRef } from 'react';

/** What can be done to a node from its menu. */
export type ItemAction =
  | 'new-request'
  | 'new-folder'
  | 'rename'
  | 'duplicate'
  | 'move'
  | 'delete'
  | 'settings'
  | 'share'
  | 'export';

const LABELS: Record<ItemAction, string> = {
  'new-request': 'New request',
  'new-folder': 'New folder',
  rename: 'Rename',
  duplicate: 'Duplicate',
  move: 'Move to…',
  delete: 'Delete',
  settings: 'Settings',
  share: 'Share…',
  export: 'Export…',
};

/** The actions a node offers: only collections and folders hold new things; collections stay at the top. */
export function actionsFor(kind: 'collection' | 'folder' | 'request'): ItemAction[] {
  switch (kind) {
    case 'collection':
      return ['new-request', 'new-folder', 'rename', 'duplicate', 'settings', 'share', 'export', 'delete'];
    case 'folder':
      return ['new-request', 'new-folder', 'rename', 'duplicate', 'move', 'delete'];
    case 'request':
      return ['rename', 'duplicate', 'move', 'delete'];
  }
}

interface ItemActionsProps {
  name: string;
  kind: 'collection' | 'folder' | 'request';
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onAction: (action: ItemAction) => void;
}

/**
 * The "⋯" menu of a tree row. The button is left out of the Tab order (the tree is one stop, its
 * rows reached with arrows); Shift+F10 or the context-menu key opens it from the row.
 */
export function ItemActions({ name, kind, open, onOpenChange, onAction }: ItemActionsProps) {
  const menu = useRef<HTMLDivElement>(null);
  const actions = actionsFor(kind);

  // The first item takes focus when the menu opens, as menus do.
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The tree acts only on keys pressed on a row, so these never reach it; page-wide keys
    // (Ctrl/Cmd+S, Ctrl/Cmd+Enter) still do.
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const go = (next: number) => {
      event.preventDefault();
      items[(next + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowDown') go(index + 1);
    else if (event.key === 'ArrowUp') go(index - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(items.length - 1);
    else if (
      event.key.length === 1 &&
      /\S/.test(event.key) &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    ) {
      // Type-ahead: a letter moves to the next item starting with it.
      const letter = event.key.toLowerCase();
      const order = [...items.slice(index + 1), ...items.slice(0, index + 1)];
      const match = order.find((item) => item.textContent?.toLowerCase().startsWith(letter));
      if (match) go(items.indexOf(match));
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onOpenChange(false);
    }
  };

  return (
    <span className="tree-actions">
      <button
        type="button"
        tabIndex={-1}
        className="tree-actions-button"
        aria-label={`Actions for ${name}`}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={(event) => {
          event.stopPropagation();
          onOpenChange(!open);
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open ? (
        <div
          ref={menu}
          role="menu"
          aria-label={`Actions for ${name}`}
          className="tree-menu"
          onKeyDown={onKeyDown}
          onClick={(event) => event.stopPropagation()}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) onOpenChange(false);
          }}
        >
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-danger={action === 'delete' || undefined}
              onClick={() => onAction(action)}
            >
              {LABELS[action]}
            </button>
          ))}
        </div>
      ) : null}
    </span>
  );
}
