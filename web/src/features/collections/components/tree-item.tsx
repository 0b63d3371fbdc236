import { treeNodeId } from '../hooks/use-tree-state.ts';
import { isCollection, isContainer, type TreeNode } from '../utils/tree.ts';
import { type ItemAction, ItemActions } from './item-actions.tsx';
import { MethodBadge } from './method-badge.tsx';
import { RenameField } from './rename-field.tsx';
import { UNSAVED_NOTE_ID, useTreeContext } from './tree-context.ts';

interface TreeItemProps {
  node: TreeNode;
  level: number;
  position: number;
  setSize: number;
}

const kindOf = (node: TreeNode) => (isCollection(node) ? 'collection' : node.type);

/** One row of the tree (a collection, folder or saved request) and, when open, what it holds. */
export function TreeItem({ node, level, position, setSize }: TreeItemProps) {
  const { state, commands, drag, focusedId, modifiedIds, activeRequestId } = useTreeContext();
  const container = isContainer(node);
  const expanded = container ? !state.collapsed.has(node.id) : undefined;
  const request = !container && !isCollection(node) ? node : null;
  const renaming = state.renamingId === node.id;
  const modified = request !== null && modifiedIds.has(node.id);
  const ids = { method: `tree-method-${node.id}`, name: `tree-name-${node.id}` };
  const drop = drag.drop?.id === node.id ? drag.drop.zone : undefined;

  const act = (action: ItemAction) => {
    state.setMenuId(null);
    switch (action) {
      case 'new-request':
        return commands.newRequest(node.id);
      case 'new-folder':
        return commands.newFolder(node.id);
      case 'rename':
        return state.setRenamingId(node.id);
      case 'duplicate':
        return commands.duplicate(node.id);
      case 'move':
        return commands.moveTo(node);
      case 'delete':
        return commands.remove(node.id);
      case 'settings':
        return commands.settings(node.id);
      case 'share':
        return commands.share(node.id);
      case 'export':
        return commands.exportTo(node.id);
    }
  };

  return (
    <div
      id={treeNodeId(node.id)}
      role="treeitem"
      aria-level={level}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-expanded={expanded}
      aria-selected={request ? request.id === activeRequestId : undefined}
      aria-labelledby={request ? `${ids.method} ${ids.name}` : ids.name}
      aria-describedby={modified ? UNSAVED_NOTE_ID : undefined}
      tabIndex={focusedId === node.id ? 0 : -1}
      className="tree-item"
      data-kind={kindOf(node)}
      data-dragging={drag.draggedId === node.id || undefined}
      draggable={!renaming}
      {...drag.source(node)}
      onFocus={(event) => {
        if (event.target === event.currentTarget) state.setFocusedId(node.id);
      }}
    >
      {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: the row's keys are its treeitem's (Enter opens) */}
      <div
        className="tree-row"
        data-drop={drop}
        style={{ paddingInlineStart: `${0.4 + (level - 1) * 0.9}rem` }}
        {...drag.target(node)}
        onClick={() => {
          state.focusItem(node.id);
          if (request) commands.open(request);
          else state.setExpanded(node.id, !expanded);
        }}
      >
        {container ? (
          <span className="tree-twisty" aria-hidden="true">
            {expanded ? '▾' : '▸'}
          </span>
        ) : (
          <MethodBadge id={ids.method} method={request?.draft.method ?? ''} />
        )}
        {renaming ? (
          <RenameField
            name={node.name}
            onDone={(name) => {
              state.setRenamingId(null);
              if (name !== null) commands.rename(node.id, name);
              state.focusItem(node.id, true);
            }}
          />
        ) : (
          <span id={ids.name} className="tree-name">
            {node.name}
          </span>
        )}
        {modified ? (
          <span className="tree-unsaved" aria-hidden="true" title="Unsaved changes">
            ●
          </span>
        ) : null}
        {container && expanded && node.items.length === 0 ? (
          <span className="tree-empty">(empty)</span>
        ) : null}
        <ItemActions
          name={node.name}
          kind={kindOf(node)}
          open={state.menuId === node.id}
          onOpenChange={(open) => {
            state.setMenuId(open ? node.id : null);
            if (!open) state.focusItem(node.id);
          }}
          onAction={act}
        />
      </div>
      {container && expanded && node.items.length > 0 ? (
        // biome-ignore lint/a11y/useSemanticElements: a tree's group of rows, not a set of form fields
        <div role="group" className="tree-group">
          {node.items.map((item, index) => (
            <TreeItem
              key={item.id}
              node={item}
              level={level + 1}
              position={index + 1}
              setSize={node.items.length}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}
