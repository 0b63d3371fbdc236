import type { SavedRequest, TabLink } from '@playground/shared';
import { newDraft } from '@/lib/request-draft.ts';
import { toSavedDraft } from '@/lib/saved-draft.ts';
import type { Library } from '../hooks/use-library.ts';
import type { TreeState } from '../hooks/use-tree-state.ts';
import { findNode, type TreeNode } from '../utils/tree.ts';
import { focusAfterRemoval, visibleItems } from '../utils/visible-items.ts';
import type { TreeCommands } from './tree-context.ts';

interface TreeCommandsOptions {
  library: Library;
  state: TreeState;
  /** Says something in the panel's polite status line. */
  announce: (message: string) => void;
  onOpenRequest: (link: TabLink, request: SavedRequest) => void;
  onMoveTo: (node: TreeNode) => void;
  onSettings: (collectionId: string) => void;
  onShare: (collectionId: string) => void;
  onExport: (collectionId: string) => void;
  /** Where focus goes when the last row is deleted. */
  onTreeEmptied: () => void;
}

const parentName = (library: Library, parentId: string | null) =>
  parentId === null ? 'your collections' : `“${findNode(library.collections, parentId)?.node.name ?? ''}”`;

/** What the tree's keys, menus and drops do to the library, and what is announced after. */
export function treeCommands(options: TreeCommandsOptions): TreeCommands {
  const { library, state, announce, onOpenRequest } = options;
  const open = (request: SavedRequest) => {
    const found = findNode(library.collections, request.id);
    if (found) onOpenRequest({ collectionId: found.collection.id, requestId: request.id }, request);
  };
  return {
    open,
    newRequest(parentId) {
      const draft = toSavedDraft(newDraft());
      const link = library.createRequest(parentId, 'New request', draft);
      if (!link) return;
      state.setExpanded(parentId, true);
      onOpenRequest(link, { type: 'request', id: link.requestId, name: 'New request', draft });
      state.setRenamingId(link.requestId);
    },
    newFolder(parentId) {
      const id = library.createFolder(parentId);
      if (!id) return;
      state.setExpanded(parentId, true);
      state.setRenamingId(id);
    },
    rename: (id, name) => library.rename(id, name),
    duplicate(id) {
      const copyId = library.duplicate(id);
      if (!copyId) return;
      state.focusItem(copyId, true);
      announce(`Duplicated as “${findNode(library.collections, id)?.node.name ?? ''} copy”.`);
    },
    remove(id) {
      const next = focusAfterRemoval(visibleItems(library.collections, state.collapsed), id);
      library.remove(id);
      if (next) state.focusItem(next);
      else options.onTreeEmptied();
    },
    undo() {
      const name = library.undoable?.name;
      const id = library.undo();
      if (id === null) return;
      state.focusItem(id, true);
      announce(`Restored “${name}”.`);
    },
    moveTo: options.onMoveTo,
    settings: options.onSettings,
    share: options.onShare,
    exportTo: options.onExport,
    moveBy(node: TreeNode, delta) {
      const at = findNode(library.collections, node.id);
      if (!at) return;
      const siblings = at.parentId === null ? library.collections : (at.ancestors.at(-1)?.items ?? []);
      const index = at.index + delta;
      const where = parentName(library, at.parentId);
      if (index < 0 || index >= siblings.length) {
        announce(`“${node.name}” is already ${delta < 0 ? 'first' : 'last'} in ${where}.`);
        return;
      }
      library.move(node.id, { parentId: at.parentId, index });
      state.focusItem(node.id, true);
      announce(`Moved “${node.name}”: ${index + 1} of ${siblings.length} in ${where}.`);
    },
    drop(id, to, target, zone) {
      const name = findNode(library.collections, id)?.node.name ?? '';
      const moved = library.move(id, to);
      if (!moved.ok) {
        announce(moved.reason);
        return;
      }
      if (zone === 'inside') state.setExpanded(target.id, true);
      state.focusItem(id, true);
      const place = zone === 'inside' ? 'into' : zone;
      announce(`Moved “${name}” ${place} “${target.name}”.`);
    },
  };
}
