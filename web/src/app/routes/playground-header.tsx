import type { RefObject } from 'react';
import { PanelToggle } from '@/components/panel-toggle/panel-toggle.tsx';
import { StorageNotice } from '@/components/storage-notice/storage-notice.tsx';
import type { Library } from '@/features/collections/hooks/use-library.ts';
import type { useCookieJars } from '@/features/cookies/hooks/use-cookie-jars.ts';
import { EnvironmentSwitcher } from '@/features/environments/components/environment-switcher.tsx';
import type { useEnvironments } from '@/features/environments/hooks/use-environments.ts';
import { ProxyStatus } from '@/features/health/components/proxy-status.tsx';
import { PresenterToggle } from '@/features/presenter/components/presenter-toggle.tsx';
import { ImportButton } from '@/features/transfer/components/import-button.tsx';
import { RequestTabs } from '@/features/workspace/components/request-tabs.tsx';
import { WorkspaceNotice } from '@/features/workspace/components/workspace-notice.tsx';
import type { RequestTab, useWorkspace } from '@/features/workspace/hooks/use-workspace.ts';
import type { CollectionsUi } from './use-collections-ui.ts';
import type { SidePanels } from './use-side-panels.ts';
import type { TransferUi } from './use-transfer-ui.ts';

interface PlaygroundHeaderProps {
  workspace: ReturnType<typeof useWorkspace>;
  running: (tab: RequestTab) => boolean;
  collectionsUi: CollectionsUi;
  library: Library;
  environments: ReturnType<typeof useEnvironments>;
  environmentsEditor: { open: boolean; button: RefObject<HTMLButtonElement | null>; onOpen: () => void };
  cookieJars: ReturnType<typeof useCookieJars>;
  panels: SidePanels;
  transfer: TransferUi;
}

/** The title, the panels' buttons, the environment in use, notices, and the open request tabs. */
export function PlaygroundHeader({
  workspace,
  running,
  collectionsUi,
  library,
  environments,
  environmentsEditor,
  cookieJars,
  panels,
  transfer,
}: PlaygroundHeaderProps) {
  return (
    <header className="playground-header">
      <h1 className="playground-title">HTTP Playground</h1>
      <PanelToggle
        label="Collections"
        panelId="collections-panel"
        ref={collectionsUi.buttonRef}
        expanded={collectionsUi.open}
        onToggle={collectionsUi.toggle}
      />
      <RequestTabs
        tabs={workspace.tabs}
        activeId={workspace.active.id}
        running={running}
        onSelect={workspace.select}
        onClose={(tab) => collectionsUi.requestClose(tab, workspace.close)}
        onNew={() => workspace.open()}
        status={collectionsUi.status}
      />
      <WorkspaceNotice notice={workspace.notice} />
      <StorageNotice notice={library.notice} dismissLabel="Dismiss the collections notice" />
      <StorageNotice notice={environments.notice} dismissLabel="Dismiss the environments notice" />
      <StorageNotice notice={cookieJars.notice} dismissLabel="Dismiss the cookies notice" />
      <EnvironmentSwitcher
        saved={environments.saved}
        change={environments.change}
        editorOpen={environmentsEditor.open}
        onEdit={environmentsEditor.onOpen}
        editRef={environmentsEditor.button}
      />
      <ProxyStatus />
      <PanelToggle
        label="Learn"
        panelId="learn-panel"
        ref={panels.buttons.learn}
        expanded={panels.open === 'learn'}
        onToggle={() => panels.toggle('learn')}
      />
      <PanelToggle
        label="History"
        panelId="history-panel"
        ref={panels.buttons.history}
        expanded={panels.open === 'history'}
        onToggle={() => panels.toggle('history')}
      />
      <PanelToggle
        label="Cookies"
        panelId="cookies-panel"
        ref={panels.buttons.cookies}
        expanded={panels.open === 'cookies'}
        onToggle={() => panels.toggle('cookies')}
      />
      <ImportButton ref={transfer.importButton} onClick={transfer.openImport} />
      <PresenterToggle />
    </header>
  );
}
