import type { Collection } from '@playground/shared';
import { useLayoutEffect } from 'react';
import type { TreeDrag } from '../hooks/use-tree-drag.ts';
import type { TreeState } from '../hooks/use-tree-state.ts';
import { visibleItems } from '../utils/visible-items.ts';
import { type TreeCommands, TreeContext, UNSAVED_NOTE_ID } from './tree-context.ts';
import { TreeItem } from './tree-item.tsx';
import { treeKeyHandler } from './tree-keys.ts';
import './collection-tree.css';

interface CollectionTreeProps {
  collections: readonly Collection[];
  state: TreeState;
  commands: TreeCommands;
  drag: TreeDrag;
  modifiedIds: ReadonlySet<string>;
  activeRequestId: string | null;
}

/**
 * The collections as a tree (WAI-ARIA tree view): one Tab stop, rows reached with the arrows,
 * a menu of actions per row, rows moved by dragging or with Alt+Up/Down.
 */
export function CollectionTree(props: CollectionTreeProps) {
  const { collections, state, commands } = props;
  const rows = visibleItems(collections, state.collapsed);
  // The row Tab reaches: the last one focused while it is still shown, else the first.
  const focusedId = rows.some((row) => row.node.id === state.focusedId)
    ? state.focusedId
    : (rows[0]?.node.id ?? null);
  const { applyPendingFocus } = state;

  // A row just created, restored or moved takes focus once it is drawn.
  useLayoutEffect(() => applyPendingFocus());

  return (
    <TreeContext value={{ ...props, focusedId }}>
      <div
        role="tree"
        aria-label="Collections"
        className="collection-tree"
        onKeyDown={treeKeyHandler(rows, focusedId, state, commands)}
      >
        {collections.map((collection, index) => (
          <TreeItem
            key={collection.id}
            node={collection}
            level={1}
            position={index + 1}
            setSize={collections.length}
          />
        ))}
      </div>
      <span id={UNSAVED_NOTE_ID} hidden>
        unsaved changes
      </span>
    </TreeContext>
  );
}
