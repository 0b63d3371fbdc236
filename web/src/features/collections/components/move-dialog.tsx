import type { Collection } from '@playground/shared';
import { useId, useState } from 'react';
import { Dialog } from '@/components/dialog/dialog.tsx';
import { destinations } from '../utils/destinations.ts';
import { findNode, type TreeNode } from '../utils/tree.ts';

interface MoveDialogProps {
  collections: readonly Collection[];
  node: TreeNode;
  onMove: (parentId: string) => void;
  onClose: () => void;
}

/** "Move to…": picks the collection or folder a folder or request goes into (at its end). */
export function MoveDialog({ collections, node, onMove, onClose }: MoveDialogProps) {
  const ids = useId();
  const options = destinations(collections, node.id);
  const [parentId, setParentId] = useState(findNode(collections, node.id)?.parentId ?? options[0]?.id ?? '');
  return (
    <Dialog title={`Move “${node.name}”`} onClose={onClose} closeLabel="Cancel">
      <form
        className="collections-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (parentId) onMove(parentId);
        }}
      >
        <label htmlFor={`${ids}-to`}>Into</label>
        <select id={`${ids}-to`} value={parentId} onChange={(event) => setParentId(event.target.value)}>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        <p className="collections-help">It goes at the end of the collection or folder you pick.</p>
        <div className="collections-form-buttons">
          <button type="submit" className="button button-primary">
            Move here
          </button>
        </div>
      </form>
    </Dialog>
  );
}
