import type { Collection } from '@playground/shared';
import { type DragEvent, useState } from 'react';
import {
  contains,
  findNode,
  isCollection,
  isContainer,
  type Placement,
  placementBeside,
  type TreeNode,
} from '../utils/tree.ts';

/** Where a dragged row would land relative to the row under the pointer. */
export type DropZone = 'before' | 'inside' | 'after';

const MIME = 'application/x-http-playground-node';

/** The zone under the pointer: a row's top and bottom edges put it beside, its middle inside a folder. */
function zoneAt(event: DragEvent<HTMLElement>, target: TreeNode, dragged: TreeNode): DropZone | null {
  const box = event.currentTarget.getBoundingClientRect();
  const y = (event.clientY - box.top) / Math.max(1, box.height);
  if (isCollection(dragged)) {
    // Collections only reorder among themselves.
    if (!isCollection(target)) return null;
    return y < 0.5 ? 'before' : 'after';
  }
  // Nothing but collections sits at the top, so a collection row only takes items inside it.
  if (isCollection(target)) return 'inside';
  if (isContainer(target)) return y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'inside';
  return y < 0.5 ? 'before' : 'after';
}

function placementFor(
  collections: readonly Collection[],
  draggedId: string,
  target: TreeNode,
  zone: DropZone,
): Placement | null {
  if (zone === 'inside') return { parentId: target.id, index: Number.POSITIVE_INFINITY };
  return placementBeside(collections, draggedId, target.id, zone);
}

/**
 * Drag and drop of tree rows with the browser's own HTML5 events (pointer only; the keyboard moves
 * rows with Alt+arrows and "Move to…"). Returns the props for each row and where a drop would go.
 */
export function useTreeDrag(
  collections: readonly Collection[],
  onMove: (id: string, to: Placement, target: TreeNode, zone: DropZone) => void,
) {
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ id: string; zone: DropZone } | null>(null);
  const dragged = draggedId ? (findNode(collections, draggedId)?.node ?? null) : null;

  const end = () => {
    setDraggedId(null);
    setDrop(null);
  };

  /** The zone `target` would take the dragged row in, or null when it cannot. */
  const zoneFor = (event: DragEvent<HTMLElement>, target: TreeNode): DropZone | null => {
    if (!dragged || contains(dragged, target.id)) return null;
    return zoneAt(event, target, dragged);
  };

  return {
    draggedId,
    drop,
    /** Props for the row element that can be picked up. */
    source: (node: TreeNode) => ({
      onDragStart: (event: DragEvent<HTMLElement>) => {
        // Rows nest: only the innermost row under the pointer is the one dragged.
        event.stopPropagation();
        event.dataTransfer.setData(MIME, node.id);
        event.dataTransfer.setData('text/plain', node.name);
        event.dataTransfer.effectAllowed = 'move';
        setDraggedId(node.id);
      },
      onDragEnd: end,
    }),
    /** Props for the row element that takes drops. */
    target: (node: TreeNode) => ({
      onDragOver: (event: DragEvent<HTMLElement>) => {
        const zone = zoneFor(event, node);
        if (!zone) return;
        // Accepting the drop is done by cancelling dragover.
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (drop?.id !== node.id || drop.zone !== zone) setDrop({ id: node.id, zone });
      },
      onDragLeave: (event: DragEvent<HTMLElement>) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null) && drop?.id === node.id)
          setDrop(null);
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        const zone = zoneFor(event, node);
        const id = draggedId;
        end();
        if (!zone || !id) return;
        event.preventDefault();
        const to = placementFor(collections, id, node, zone);
        if (to) onMove(id, to, node, zone);
      },
    }),
  };
}

export type TreeDrag = ReturnType<typeof useTreeDrag>;
