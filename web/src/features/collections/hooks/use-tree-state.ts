import { useCallback, useRef, useState } from 'react';

/** The DOM id of a tree row, to move focus to it. */
export const treeNodeId = (id: string) => `tree-node-${id}`;

/**
 * What the tree shows beyond the library itself: which row has focus (the one Tab reaches), which
 * nodes are collapsed (everything starts open), which row is being renamed and whose menu is open.
 */
export function useTreeState() {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [menuId, setMenuId] = useState<string | null>(null);
  // A row to focus once it is drawn (it was just created, restored or moved).
  const pendingFocus = useRef<string | null>(null);

  /** Focuses a row now, or once the next render has drawn it when `afterRender`. */
  const focusItem = useCallback((id: string, afterRender = false) => {
    setFocusedId(id);
    if (afterRender) pendingFocus.current = id;
    else document.getElementById(treeNodeId(id))?.focus();
  }, []);

  /** Called after each render of the tree. */
  const applyPendingFocus = useCallback(() => {
    const id = pendingFocus.current;
    pendingFocus.current = null;
    if (id) document.getElementById(treeNodeId(id))?.focus();
  }, []);

  const setExpanded = useCallback((id: string, expanded: boolean) => {
    setCollapsed((current) => {
      if (current.has(id) !== expanded) return current;
      const next = new Set(current);
      if (expanded) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  return {
    focusedId,
    setFocusedId,
    focusItem,
    applyPendingFocus,
    collapsed,
    setExpanded,
    renamingId,
    setRenamingId,
    menuId,
    setMenuId,
  };
}

export type TreeState = ReturnType<typeof useTreeState>;
