import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { ProxyStatus } from '@/features/health/components/proxy-status.tsx';
import { HistoryButton } from '@/features/history/components/history-button.tsx';
import { LazyHistoryPanel } from '@/features/history/components/lazy-history-panel.tsx';
import { useHistoryRecorder } from '@/features/history/hooks/use-history-recorder.ts';
import { HISTORY_FILE_LIMIT } from '@/features/history/utils/history-entry.ts';
import { PresenterToggle } from '@/features/presenter/components/presenter-toggle.tsx';
import { RequestEditor } from '@/features/request/components/request-editor.tsx';
import { RequestLine } from '@/features/request/components/request-line.tsx';
import { ResponsePanel } from '@/features/response/components/response-panel.tsx';
import { RequestTabs } from '@/features/workspace/components/request-tabs.tsx';
import { WorkspaceNotice } from '@/features/workspace/components/workspace-notice.tsx';
import { useExchange } from '@/features/workspace/hooks/use-exchange.ts';
import { type RequestTab, useWorkspace } from '@/features/workspace/hooks/use-workspace.ts';
import { fromSavedDraft, toSavedDraft } from '@/lib/saved-draft.ts';
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
  const recordHistory = useHistoryRecorder();
  const [historyOpen, setHistoryOpen] = useState(false);
  const historyButton = useRef<HTMLButtonElement>(null);

  // Every send is recorded with the draft as it was sent, even while the History panel is closed.
  const { send: sendTab } = workspace;
  const send = useCallback(
    (tab: RequestTab) => recordHistory(sendTab(tab), toSavedDraft(tab.draft, HISTORY_FILE_LIMIT)),
    [sendTab, recordHistory],
  );
  const closeHistory = () => {
    setHistoryOpen(false);
    historyButton.current?.focus();
  };

  // Ctrl/Cmd+Enter sends from anywhere on the page, as in every API client.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        if (!isRunning(active)) send(active);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, send]);

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
        <HistoryButton
          ref={historyButton}
          expanded={historyOpen}
          onToggle={() => setHistoryOpen((open) => !open)}
        />
        <PresenterToggle />
      </header>
      <div className="playground-body">
        <main
          id="request-panel"
          className="playground-main"
          role="tabpanel"
          // Not labelled by its tab: the tab's name is the address, whose words ("status", "headers")
          // would then answer for the names the page gives its own elements.
          aria-label="Current request tab"
        >
          <RequestLine
            key={`line-${active.id}`}
            draft={active.draft}
            onChange={(draft) => workspace.edit(active.id, draft)}
            running={running}
            onSend={() => send(active)}
            onCancel={() => workspace.cancel(active)}
          />
          <div className="playground-panes">
            <RequestEditor
              key={`editor-${active.id}`}
              draft={active.draft}
              onChange={(draft) => workspace.edit(active.id, draft)}
              onSend={() => send(active)}
            />
            <ResponsePanel key={active.id} exchange={exchange} />
          </div>
        </main>
        {historyOpen && (
          <Suspense fallback={null}>
            <LazyHistoryPanel
              onClose={closeHistory}
              onReopen={(draft) => {
                workspace.open(fromSavedDraft(draft));
                closeHistory();
              }}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
