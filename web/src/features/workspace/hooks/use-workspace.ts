import { type CookieJarContents, ExchangeRecorder, type TabLink } from '@playground/shared';
import { use, useCallback, useReducer } from 'react';
import { newDraft, type RequestDraft } from '@/lib/request-draft.ts';
import { useRunRequest } from '../api/run-request.ts';
import { loadSavedWorkspace, type WorkspaceLoad } from '../api/saved-workspace.ts';
import { newTab, type RequestTab, reduceWorkspace, restoreWorkspace } from '../utils/workspace-state.ts';
import { useAutosave } from './use-autosave.ts';
import { useWorkspaceNotice } from './use-workspace-notice.ts';

export type { RequestTab } from '../utils/workspace-state.ts';

/** What is actually sent, when it differs from the tab's draft (variables resolved, session applied). */
export interface PreparedRequest {
  draft: RequestDraft;
  /** The cookies of the jar the request uses. */
  cookieJar?: CookieJarContents;
}

/** The request a newcomer sees first: it works with no network, against the built-in practice server. */
export function exampleDraft(): RequestDraft {
  return newDraft('GET', `${window.location.origin}/httpbin/get?course=http&lesson=1`);
}

// Read once per page load, shared by every render (StrictMode renders twice).
let loading: Promise<WorkspaceLoad> | undefined;
const loadOnce = () => {
  loading ??= loadSavedWorkspace();
  return loading;
};

/**
 * The open request tabs, and the actions on them. Several tabs may be in flight at once. The drafts
 * are restored from the browser on start (suspending until read) and saved as the user types.
 * Call it once, in the app route.
 */
export function useWorkspace() {
  const load = use(loadOnce());
  const [state, dispatch] = useReducer(reduceWorkspace, load.saved, (saved) =>
    restoreWorkspace(saved, exampleDraft),
  );
  const run = useRunRequest();
  const saveProblem = useAutosave(state.tabs, state.activeId, load.problem?.kind !== 'storage');
  const notice = useWorkspaceNotice(load.problem, saveProblem);

  const send = useCallback(
    (tab: RequestTab, prepared?: PreparedRequest) => {
      tab.controller?.abort();
      const recorder = new ExchangeRecorder();
      const controller = new AbortController();
      dispatch({ type: 'started', id: tab.id, recorder, controller });
      run.mutate({
        draft: prepared?.draft ?? tab.draft,
        cookieJar: prepared?.cookieJar,
        recorder,
        signal: controller.signal,
      });
      return recorder;
    },
    [run.mutate],
  );

  const cancel = useCallback((tab: RequestTab) => {
    tab.controller?.abort();
    tab.recorder?.cancel();
  }, []);

  const close = useCallback((tab: RequestTab) => {
    tab.controller?.abort();
    dispatch({ type: 'close', id: tab.id });
  }, []);

  return {
    tabs: state.tabs,
    active: state.tabs.find((t) => t.id === state.activeId) ?? state.tabs[0]!,
    /** Opens a new tab with this draft and returns it (so it can be sent at once). */
    open: (draft: RequestDraft = newDraft()) => {
      const tab = newTab(draft);
      dispatch({ type: 'open', tab });
      return tab;
    },
    /** Focuses the tab already showing this saved request, or opens it in a new tab. */
    openSaved: (link: TabLink, draft: RequestDraft) =>
      dispatch({ type: 'open-saved', tab: newTab(draft, link) }),
    select: (id: string) => dispatch({ type: 'select', id }),
    edit: (id: string, draft: RequestDraft) => dispatch({ type: 'edit', id, draft }),
    /** Links a tab to the saved request it was saved as (or unlinks it, with null). */
    link: (id: string, link: TabLink | null) => dispatch({ type: 'link', id, link }),
    send,
    cancel,
    close,
    notice,
  };
}
