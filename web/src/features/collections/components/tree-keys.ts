import type { KeyboardEvent } from 'react';
import type { TreeState } from '../hooks/use-tree-state.ts';
import type { VisibleItem } from '../utils/visible-items.ts';
import type { TreeCommands } from './tree-context.ts';

/**
 * The keys of the tree (WAI-ARIA tree view pattern): arrows, Home and End move; Right and Left
 * open, close, enter and leave folders; Enter opens; F2 renames; Delete deletes (Ctrl/Cmd+Z
 * undoes); Alt+Up/Down moves the row among its siblings; Shift+F10 opens its menu.
 */
export function treeKeyHandler(
  rows: readonly VisibleItem[],
  focusedId: string | null,
  state: TreeState,
  commands: TreeCommands,
) {
  return (event: KeyboardEvent<HTMLElement>) => {
    // Only keys pressed on a row itself; its rename field and menu handle their own.
    if ((event.target as HTMLElement).getAttribute('role') !== 'treeitem') return;
    const index = rows.findIndex((row) => row.node.id === focusedId);
    const row = rows[index];
    if (!row) return;
    const { node } = row;
    const focus = (target: VisibleItem | undefined) => {
      if (target) state.focusItem(target.node.id);
    };
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };

    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      handled();
      commands.undo();
      return;
    }
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      handled();
      commands.moveBy(node, event.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      handled();
      state.setMenuId(node.id);
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        focus(rows[index + 1]);
        break;
      case 'ArrowUp':
        focus(rows[index - 1]);
        break;
      case 'Home':
        focus(rows[0]);
        break;
      case 'End':
        focus(rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        if (row.expanded === false) state.setExpanded(node.id, true);
        else if (row.expanded && rows[index + 1]?.parentId === node.id) focus(rows[index + 1]);
        break;
      case 'ArrowLeft':
        if (row.expanded) state.setExpanded(node.id, false);
        else focus(rows.find((r) => r.node.id === row.parentId));
        break;
      case 'Enter':
        if (row.expanded === null && 'type' in node && node.type === 'request') commands.open(node);
        else state.setExpanded(node.id, !row.expanded);
        break;
      case 'F2':
        state.setRenamingId(node.id);
        break;
      case 'Delete':
        commands.remove(node.id);
        break;
      default:
        return;
    }
    handled();
  };
}
