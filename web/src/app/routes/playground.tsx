import { useEffect } from 'react';
import { ProxyStatus } from '@/features/health/components/proxy-status.tsx';
import { RequestEditor } from '@/features/request/components/request-editor.tsx';
import { RequestLine } from '@/features/request/components/request-line.tsx';
import { ResponsePanel } from '@/features/response/components/response-panel.tsx';
import { RequestTabs } from '@/features/workspace/components/request-tabs.tsx';
import { WorkspaceNotice } from '@/features/workspace/components/workspace-notice.tsx';
import { useExchange } from '@/features/workspace/hooks/use-exchange.ts';
import { type RequestTab, useWorkspace } from '@/features/workspace/hooks/use-workspace.ts';
import './playground.css';

function isRunning(tab: RequestTab): boolean {
  const phase = tab.recorder?.snapshot().phase;
  return phase === 'sending' || phase === 'receiving';
}

/** The playground: request tabs, the request being composed, and what came back. */
export function PlaygroundRoute() {
  const workspace = useWorkspace();
  const { active } = workspace;
  const exchange = useExchange(active.recorder);
  const running = exchange !== null && (exchange.phase === 'sending' || exchange.phase === 'receiving');

  // Ctrl/Cmd+Enter sends from anywhere on the page, as in every API client.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        if (!isRunning(active)) workspace.send(active);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, workspace.send]);

  return (
    <div className="playground">
      <header className="playground-header">
        <h1 className="playground-title">HTTP Playground</h1>
        <RequestTabs
          tabs={workspace.tabs}
          activeId={active.id}
          running={isRunning}
          onSelect={workspace.select}
          onClose={workspace.close}
          onNew={() => workspace.open()}
        />
        <WorkspaceNotice notice={workspace.notice} />
        <ProxyStatus />
      </header>
      <main
        id="request-panel"
        className="playground-main"
        role="tabpanel"
        aria-labelledby={`request-tab-${active.id}`}
      >
        <RequestLine
          key={`line-${active.id}`}
          draft={active.draft}
          onChange={(draft) => workspace.edit(active.id, draft)}
          running={running}
          onSend={() => workspace.send(active)}
          onCancel={() => workspace.cancel(active)}
        />
        <div className="playground-panes">
          <RequestEditor
            key={`editor-${active.id}`}
            draft={active.draft}
            onChange={(draft) => workspace.edit(active.id, draft)}
            onSend={() => workspace.send(active)}
          />
          <ResponsePanel key={active.id} exchange={exchange} />
        </div>
      </main>
    </div>
  );
}
