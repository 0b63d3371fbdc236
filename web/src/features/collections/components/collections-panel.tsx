import type { SavedRequest, TabLink } from '@playground/shared';
import { type ReactNode, useId, useRef, useState } from 'react';
import type { Library } from '../hooks/use-library.ts';
import { useTreeDrag } from '../hooks/use-tree-drag.ts';
import { useTreeState } from '../hooks/use-tree-state.ts';
import type { TreeNode } from '../utils/tree.ts';
import { CollectionSettingsDialog } from './collection-settings-dialog.tsx';
import { CollectionTree } from './collection-tree.tsx';
import { MoveDialog } from './move-dialog.tsx';
import { SearchResults } from './search-results.tsx';
import { treeCommands } from './tree-commands.ts';
import './collections-panel.css';

interface CollectionsPanelProps {
  library: Library;
  /** Saved requests an open tab has changed. */
  modifiedIds: ReadonlySet<string>;
  /** The saved request the active tab shows. */
  activeRequestId: string | null;
  /** Opens a saved request in a tab (or focuses the tab already showing it). */
  onOpenRequest: (link: TabLink, request: SavedRequest) => void;
  onClose: () => void;
  /** Opens a collection's Share dialog (share links are a feature of their own). */
  onShare: (collectionId: string) => void;
  /** Opens a collection's Export dialog (files are a feature of their own). */
  onExport: (collectionId: string) => void;
  /** Draws the history entries matching a search (history is a feature of its own). */
  historyResults?: (query: string) => ReactNode;
}

/** The collections: a tree to organize saved requests, a search over them and history, and undo. */
export function CollectionsPanel(props: CollectionsPanelProps) {
  const { library, onClose } = props;
  const headingId = useId();
  const state = useTreeState();
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [moving, setMoving] = useState<TreeNode | null>(null);
  const [settingsId, setSettingsId] = useState<string | null>(null);
  const newCollectionButton = useRef<HTMLButtonElement>(null);
  const commands = treeCommands({
    library,
    state,
    announce: setAnnouncement,
    onOpenRequest: props.onOpenRequest,
    onMoveTo: setMoving,
    onSettings: setSettingsId,
    onShare: props.onShare,
    onExport: props.onExport,
    onTreeEmptied: () => newCollectionButton.current?.focus(),
  });
  const drag = useTreeDrag(library.collections, commands.drop);
  const settingsOf = library.collections.find((c) => c.id === settingsId);
  const { undoable } = library;

  const createCollection = () => {
    const id = library.createCollection();
    setQuery('');
    state.setRenamingId(id);
  };
  const newCollection = (
    <button ref={newCollectionButton} type="button" className="button" onClick={createCollection}>
      New collection
    </button>
  );

  return (
    <section
      id="collections-panel"
      className="collections-panel"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        // A dialog's own Escape closes the dialog only.
        const inDialog = (event.target as Element).closest('dialog') !== null;
        if (event.key === 'Escape' && !event.defaultPrevented && !inDialog) onClose();
      }}
    >
      <div className="collections-panel-top">
        <h2 id={headingId}>Collections</h2>
        {library.collections.length > 0 ? newCollection : null}
        <button type="button" className="collections-close" aria-label="Close collections" onClick={onClose}>
          ×
        </button>
      </div>
      <input
        type="search"
        className="collections-search"
        aria-label="Search collections and history"
        placeholder="Search names, addresses, headers, bodies"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {query.trim() !== '' ? (
        <SearchResults
          collections={library.collections}
          query={query}
          onOpen={props.onOpenRequest}
          history={props.historyResults?.(query)}
        />
      ) : library.collections.length === 0 ? (
        <div className="collections-empty">
          <p>
            A collection keeps requests you want to send again, in folders, with settings they share: a base
            address, headers and cookies, like a session in Python’s <code>requests</code>.
          </p>
          <p>Save any tab into one with Ctrl+S (⌘S on a Mac).</p>
          {newCollection}
        </div>
      ) : (
        <CollectionTree
          collections={library.collections}
          state={state}
          commands={commands}
          drag={drag}
          modifiedIds={props.modifiedIds}
          activeRequestId={props.activeRequestId}
        />
      )}
      <p className="collections-hint">
        Drag rows to move them, or press Alt+↑/↓ on a row. F2 renames, Delete deletes, Ctrl+Z (⌘Z) undoes.
      </p>
      <div role="status" className="collections-status">
        {undoable ? (
          <>
            <span>{undoable.message}</span>{' '}
            <button type="button" className="button collections-undo" onClick={commands.undo}>
              Undo
            </button>
          </>
        ) : (
          announcement
        )}
      </div>
      {moving ? (
        <MoveDialog
          collections={library.collections}
          node={moving}
          onClose={() => {
            setMoving(null);
            state.focusItem(moving.id, true);
          }}
          onMove={(parentId) => {
            const moved = library.move(moving.id, { parentId, index: Number.POSITIVE_INFINITY });
            setMoving(null);
            state.setExpanded(parentId, true);
            state.focusItem(moving.id, true);
            setAnnouncement(moved.ok ? `Moved “${moving.name}”.` : moved.reason);
          }}
        />
      ) : null}
      {settingsOf ? (
        <CollectionSettingsDialog
          collection={settingsOf}
          onClose={() => setSettingsId(null)}
          onSave={(settings) => {
            library.updateCollection(settingsOf.id, settings);
            setSettingsId(null);
            setAnnouncement(`Saved the settings of “${settings.name}”.`);
          }}
        />
      ) : null}
    </section>
  );
}
