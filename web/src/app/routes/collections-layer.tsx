import { lazy } from 'react';
import { LazyPart } from '@/components/lazy-part/lazy-part.tsx';
import { LazyCollectionsPanel } from '@/features/collections/components/lazy-collections-panel.tsx';
import { LazySaveRequestDialog } from '@/features/collections/components/lazy-save-request-dialog.tsx';
import type { Library } from '@/features/collections/hooks/use-library.ts';
import type { useWorkspace } from '@/features/workspace/hooks/use-workspace.ts';
import { fromSavedDraft, toSavedDraft } from '@/lib/saved-draft.ts';
import type { CollectionsUi } from './use-collections-ui.ts';

const LazyHistoryMatches = lazy(() =>
  import('./history-matches.tsx').then((module) => ({ default: module.HistoryMatches })),
);

interface CollectionsLayerProps {
  ui: CollectionsUi;
  library: Library;
  workspace: ReturnType<typeof useWorkspace>;
  /** A collection's Share… and Export… menu actions (share and transfer are features of their own). */
  onShare: (collectionId: string) => void;
  onExport: (collectionId: string) => void;
}

/** The Collections panel (when open) and the Save request dialog (when a new tab is saved). */
export function CollectionsLayer({ ui, library, workspace, onShare, onExport }: CollectionsLayerProps) {
  const { saving } = ui;
  return (
    <>
      {ui.open && (
        <LazyPart name="the Collections panel">
          <LazyCollectionsPanel
            library={library}
            modifiedIds={ui.modifiedIds}
            activeRequestId={ui.activeRequestId}
            onOpenRequest={(link, request) => workspace.openSaved(link, fromSavedDraft(request.draft))}
            onClose={ui.close}
            onShare={onShare}
            onExport={onExport}
            historyResults={(query) => (
              <LazyPart name="the history matches">
                <LazyHistoryMatches
                  query={query}
                  onReopen={(draft) => workspace.open(fromSavedDraft(draft))}
                />
              </LazyPart>
            )}
          />
        </LazyPart>
      )}
      {saving && (
        <LazyPart name="the Save request dialog">
          <LazySaveRequestDialog
            library={library}
            draft={toSavedDraft(saving.draft)}
            defaultName={defaultName(saving.draft.url)}
            onSaved={(link) => {
              workspace.link(saving.id, link);
              ui.endSaving();
            }}
            onClose={ui.endSaving}
          />
        </LazyPart>
      )}
    </>
  );
}

/** A first name for a request: its path, e.g. "/users" (the method is shown beside it anyway). */
function defaultName(url: string): string {
  const path = url
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '')
    .replace(/[?#].*$/, '');
  return path || 'New request';
}
