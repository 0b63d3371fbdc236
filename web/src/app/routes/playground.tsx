import { withDefaultScheme } from '@playground/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { LazyPart } from '@/components/lazy-part/lazy-part.tsx';
import { useLibrary } from '@/features/collections/hooks/use-library.ts';
import { useCookieJars } from '@/features/cookies/hooks/use-cookie-jars.ts';
import { jarCookies } from '@/features/cookies/utils/cookie-jars-state.ts';
import { LazyEnvironmentsEditor } from '@/features/environments/components/lazy-environments-editor.tsx';
import { UnresolvedVariables } from '@/features/environments/components/unresolved-variables.tsx';
import { useEnvironments } from '@/features/environments/hooks/use-environments.ts';
import { variableHint } from '@/features/environments/utils/variable-hint.ts';
import { useHistoryRecorder } from '@/features/history/hooks/use-history-recorder.ts';
import { HISTORY_FILE_LIMIT } from '@/features/history/utils/history-entry.ts';
import { RequestEditor } from '@/features/request/components/request-editor.tsx';
import { RequestLine } from '@/features/request/components/request-line.tsx';
import { ResponsePanel } from '@/features/response/components/response-panel.tsx';
import { applyTryIt } from '@/features/response/utils/try-it.ts';
import { ShareProblemPage } from '@/features/share/components/share-problem-page.tsx';
import { SharedCollectionPanel } from '@/features/share/components/shared-collection-panel.tsx';
import { useSharedCollection } from '@/features/share/hooks/use-shared-collection.ts';
import { CodeButton } from '@/features/snippets/components/code-button.tsx';
import { LazySnippetPanel } from '@/features/snippets/components/lazy-snippet-panel.tsx';
import { HarExportButton } from '@/features/transfer/components/har-export-button.tsx';
import { noteSent } from '@/features/transfer/utils/sent-exchanges.ts';
import { useExchange } from '@/features/workspace/hooks/use-exchange.ts';
import { type RequestTab, useWorkspace } from '@/features/workspace/hooks/use-workspace.ts';
import { addEnvironments } from '@/lib/add-environments.ts';
import { toSavedDraft } from '@/lib/saved-draft.ts';
import { cookieJarId, prepareSend, variableScope } from '@/lib/send-context.ts';
import { CloseTabDialog } from './close-tab-dialog.tsx';
import { CollectionsLayer } from './collections-layer.tsx';
import { PlaygroundHeader } from './playground-header.tsx';
import { SidePanelLayer } from './side-panel-layer.tsx';
import { useSidePanels } from './use-side-panels.ts';
import './playground.css';
import { ConnectButton } from '@/features/websocket/components/connect-button.tsx';
import { WebSocketPanel } from '@/features/websocket/components/websocket-panel.tsx';
import { useWebSocketSession } from '@/features/websocket/hooks/use-websocket-session.ts';
import { isWebSocketAddress } from '@/features/websocket/utils/websocket-address.ts';
import { sharedRequestDraft } from './shared-request-draft.ts';
import { TransferLayer } from './transfer-layer.tsx';
import { useCollectionsUi } from './use-collections-ui.ts';
import { contextOf, useSessionSend } from './use-session-send.ts';
import { useTransferUi } from './use-transfer-ui.ts';

/** The host an address goes to, offered as a new cookie's domain; empty when it is not an address yet. */
function hostOf(url: string): string {
  try {
    return new URL(withDefaultScheme(url)).hostname;
  } catch {
    return '';
  }
}

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
  const panels = useSidePanels();
  const library = useLibrary();
  const collectionsUi = useCollectionsUi(workspace.tabs, active, library);
  const environments = useEnvironments();
  // A `#share=` link or a `/s/<id>` snapshot in the address: shown beside the playground, read-only.
  const shared = useSharedCollection();
  const transfer = useTransferUi();

  const cookieJars = useCookieJars();
  const [environmentsOpen, setEnvironmentsOpen] = useState(false);
  const environmentsButton = useRef<HTMLButtonElement>(null);
  const [codeOpen, setCodeOpen] = useState(false);
  const codeButton = useRef<HTMLButtonElement>(null);
  // What the active tab would send now: variables filled in, its collection's session applied.
  const context = contextOf(active, library.collections, environments.active);
  const scope = variableScope(context);
  const preview = prepareSend(active.draft, context);
  const jarId = cookieJarId(context.collection) ?? context.collection?.id ?? null;
  // The jar the request goes out with (none when its collection keeps no cookies), for the Code panel.
  const sendJarId = cookieJarId(context.collection);

  // Every send is recorded with the draft as the user composed it, even while the History panel is closed.
  const sessionSend = useSessionSend({
    collections: library.collections,
    environment: environments.active,
    cookieJars,
    sendTab: workspace.send,
  });
  const send = useCallback(
    (tab: RequestTab) => {
      const recorder = sessionSend(tab);
      // Kept for "Save as HAR": the request as it went out, variables filled in.
      const sent = prepareSend(tab.draft, contextOf(tab, library.collections, environments.active)).draft;
      noteSent(recorder, toSavedDraft(sent, HISTORY_FILE_LIMIT));
      recordHistory(recorder, toSavedDraft(tab.draft, HISTORY_FILE_LIMIT));
    },
    [sessionSend, recordHistory, library.collections, environments.active],
  );
  // A ws:// or wss:// address opens a WebSocket conversation through the proxy instead of a request.
  const webSocket = useWebSocketSession();
  const wsAddress = isWebSocketAddress(preview.draft.url);
  const wsSession = webSocket.session?.tabId === active.id ? webSocket.session : null;
  const wsLive = wsSession !== null && wsSession.phase !== 'closed';
  const { connect: wsConnect } = webSocket;
  const connectActive = useCallback(() => {
    if (!wsLive) wsConnect(active.id, preview.draft.url);
  }, [wsLive, wsConnect, active.id, preview.draft.url]);

  // Ctrl/Cmd+Enter sends from anywhere on the page, as in every API client.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        if (wsAddress) connectActive();
        else if (!isRunning(active)) send(active);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, send, wsAddress, connectActive]);

  // A link that cannot be opened gets a page saying why (all hooks above still run, so the
  // workspace is kept when the user goes on to the playground).
  if (shared.problem) return <ShareProblemPage problem={shared.problem} />;

  return (
    <div className="playground">
      <PlaygroundHeader
        workspace={workspace}
        running={isRunning}
        collectionsUi={collectionsUi}
        library={library}
        environments={environments}
        environmentsEditor={{
          open: environmentsOpen,
          button: environmentsButton,
          onOpen: () => setEnvironmentsOpen(true),
        }}
        cookieJars={cookieJars}
        panels={panels}
        transfer={transfer}
      />
      <div className="playground-body">
        <CollectionsLayer
          ui={collectionsUi}
          library={library}
          workspace={workspace}
          onShare={transfer.share}
          onExport={transfer.exportCollection}
        />
        <TransferLayer
          ui={transfer}
          library={library}
          environments={environments}
          onImported={() => {
            if (!collectionsUi.open) collectionsUi.toggle();
          }}
        />
        {shared.linked && (
          <SharedCollectionPanel
            share={shared.share}
            onOpen={(request, portable) => workspace.open(sharedRequestDraft(request, portable))}
            onSaveCopy={async (portable) => {
              library.addCollections([portable.collection]);
              if (portable.environments.length > 0) {
                environments.change((saved) => addEnvironments(saved, portable.environments));
              }
            }}
            onClose={shared.leave}
          />
        )}
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
            onSend={() => (wsAddress ? connectActive() : send(active))}
            primary={
              wsAddress ? (
                <ConnectButton session={wsSession} onDisconnect={() => webSocket.disconnect()} />
              ) : undefined
            }
            onCancel={() => workspace.cancel(active)}
            variableHint={(name) => variableHint(scope, name)}
            sentUrl={preview.draft.url}
            actions={
              <CodeButton
                ref={codeButton}
                expanded={codeOpen}
                onToggle={() => {
                  panels.closeDrawers();
                  setCodeOpen((open) => !open);
                }}
              />
            }
          />
          <UnresolvedVariables unresolved={preview.unresolved} scope={scope} />
          <div className="playground-panes">
            <RequestEditor
              key={`editor-${active.id}`}
              draft={active.draft}
              onChange={(draft) => workspace.edit(active.id, draft)}
              onSend={() => send(active)}
            />
            {wsAddress ? (
              <WebSocketPanel key={`ws-${active.id}`} session={wsSession} onPost={webSocket.post} />
            ) : (
              <ResponsePanel
                key={active.id}
                exchange={exchange}
                actions={<HarExportButton recorder={active.recorder} exchange={exchange} />}
                onTry={(tryIt) => {
                  // A check's suggestion, sent at once: extra headers on this request, a preflight in a new tab.
                  const tried = applyTryIt(active.draft, tryIt);
                  if (tried.newTab) return send(workspace.open(tried.draft));
                  workspace.edit(active.id, tried.draft);
                  send({ ...active, draft: tried.draft });
                }}
              />
            )}
            {codeOpen && (
              // Over the response, beside the request editor: the code follows each edit.
              <LazyPart name="the Code panel">
                <LazySnippetPanel
                  draft={preview.draft}
                  cookies={sendJarId === null ? undefined : jarCookies(cookieJars.saved, sendJarId)}
                  onClose={() => {
                    setCodeOpen(false);
                    codeButton.current?.focus();
                  }}
                />
              </LazyPart>
            )}
          </div>
        </main>
        <SidePanelLayer
          panels={panels}
          workspace={workspace}
          cookieJars={cookieJars}
          jar={
            jarId === null
              ? null
              : {
                  id: jarId,
                  name: context.collection?.name ?? 'Requests in no collection',
                  inUse: sendJarId !== null,
                }
          }
          refused={exchange?.cookies?.changes.filter((c) => c.outcome === 'rejected') ?? []}
          host={hostOf(preview.draft.url)}
        />
        {collectionsUi.closing && (
          <CloseTabDialog
            name={collectionsUi.closing.name}
            onSaveAndClose={() => {
              const { tab } = collectionsUi.closing!;
              collectionsUi.saveClosing();
              workspace.close(tab);
            }}
            onDiscard={() => {
              const { tab } = collectionsUi.closing!;
              collectionsUi.endClosing();
              workspace.close(tab);
            }}
            onKeep={collectionsUi.endClosing}
          />
        )}
        {environmentsOpen && (
          <LazyPart name="the environments editor">
            <LazyEnvironmentsEditor
              saved={environments.saved}
              change={environments.change}
              onClose={() => {
                setEnvironmentsOpen(false);
                environmentsButton.current?.focus();
              }}
            />
          </LazyPart>
        )}
      </div>
    </div>
  );
}
