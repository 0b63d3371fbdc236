import type { SavedRequest } from '@playground/shared';
import { createContext, useContext } from 'react';
import type { DropZone, TreeDrag } from '../hooks/use-tree-drag.ts';
import type { TreeState } from '../hooks/use-tree-state.ts';
import type { Placement, TreeNode } from '../utils/tree.ts';

/** What the tree asks the panel to do; the panel owns the library and the dialogs. */
export interface TreeCommands {
  open: (request: SavedRequest) => void;
  newRequest: (parentId: string) => void;
  newFolder: (parentId: string) => void;
  rename: (id: string, name: string) => void;
  duplicate: (id: string) => void;
  remove: (id: string) => void;
  undo: () => void;
  /** Opens the "Move to…" dialog. */
  moveTo: (node: TreeNode) => void;
  /** Opens a collection's settings. */
  settings: (collectionId: string) => void;
  /** Opens the Share dialog of a collection (provided by the app). */
  share: (collectionId: string) => void;
  /** Opens the Export dialog of a collection (provided by the app). */
  exportTo: (collectionId: string) => void;
  /** One place up or down among its siblings (Alt+arrows). */
  moveBy: (node: TreeNode, delta: -1 | 1) => void;
  /** A row dropped somewhere. */
  drop: (id: string, to: Placement, target: TreeNode, zone: DropZone) => void;
}

export interface TreeContextValue {
  state: TreeState;
  commands: TreeCommands;
  drag: TreeDrag;
  /** The row reached with Tab. */
  focusedId: string | null;
  /** Saved requests an open tab has changed. */
  modifiedIds: ReadonlySet<string>;
  /** The saved request the active tab shows. */
  activeRequestId: string | null;
}

export const TreeContext = createContext<TreeContextValue | null>(null);

export function useTreeContext(): TreeContextValue {
  const value = useContext(TreeContext);
  if (!value) throw new Error('A tree row was drawn outside its tree.');
  return value;
}

/** The id of the hidden "unsaved changes" text that marked rows point to. */
export const UNSAVED_NOTE_ID = 'collections-unsaved-note';
