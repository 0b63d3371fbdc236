import { LazyPart } from '@/components/lazy-part/lazy-part.tsx';
import type { Library } from '@/features/collections/hooks/use-library.ts';
import type { EnvironmentsState } from '@/features/environments/hooks/use-environments.ts';
import { LazyShareDialog } from '@/features/share/components/lazy-share-dialog.tsx';
import { LazyExportDialog, LazyImportDialog } from '@/features/transfer/components/lazy-transfer-dialogs.tsx';
import { addEnvironments } from '@/lib/add-environments.ts';
import type { TransferUi } from './use-transfer-ui.ts';

interface TransferLayerProps {
  ui: TransferUi;
  library: Library;
  environments: EnvironmentsState;
  /** After an import, so the user sees where it went. */
  onImported: () => void;
}

/**
 * The Import, Share and Export dialogs. A shared or exported collection may take any of the
 * user's environments along; the active one (its `{{variables}}` are most likely filled from it)
 * is ticked to begin with; imported
 * environments are added beside the user's own, never over them.
 */
export function TransferLayer({ ui, library, environments, onImported }: TransferLayerProps) {
  const { open } = ui;
  if (!open) return null;
  const all = environments.saved.environments;
  const initiallyChosen = environments.active ? [environments.active.id] : [];
  const collection =
    open.dialog === 'import' ? undefined : library.collections.find((c) => c.id === open.collectionId);
  return (
    <LazyPart name="this dialog">
      {open.dialog === 'import' && (
        <LazyImportDialog
          onImport={(collections, added) => {
            if (collections.length > 0) library.addCollections(collections);
            if (added.length > 0) environments.change((saved) => addEnvironments(saved, added));
            onImported();
          }}
          onClose={ui.close}
        />
      )}
      {open.dialog === 'share' && collection && (
        <LazyShareDialog
          collection={collection}
          environments={all}
          initiallyChosen={initiallyChosen}
          onClose={ui.close}
        />
      )}
      {open.dialog === 'export' && collection && (
        <LazyExportDialog
          collection={collection}
          environments={all}
          initiallyChosen={initiallyChosen}
          onClose={ui.close}
        />
      )}
    </LazyPart>
  );
}
