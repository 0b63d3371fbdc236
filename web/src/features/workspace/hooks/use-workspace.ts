import { ExchangeRecorder } from '@playground/shared';
import { use, useCallback, useReducer } from 'react';
import { newDraft, type RequestDraft } from '@/lib/request-draft.ts';
import { useRunRequest } from '../api/run-request.ts';
import { loadSavedWorkspace, type WorkspaceLoad } from '../api/saved-workspace.ts';
import { fromSavedDraft } from '../utils/saved-draft.ts';
import { useAutosave } from './use-autosave.ts';
import { useWorkspaceNotice } from './use-workspace-notice.ts';

/** One request tab: its draft and the run it last started (each tab keeps its own response). */
export interface RequestTab {
  id: string;
  draft: RequestDraft;
  recorder: ExchangeRecorder | null;
  controller: AbortController | null;
}

interface Workspace {
  tabs: RequestTab[];
  activeId: string;
}

type Action =
  | { type: 'open'; tab: RequestTab }
  | { type: 'close'; id: string }
  | { type: 'select'; id: string }
  | { type: 'edit'; id: string; draft: RequestDraft }
  | { type: 'started'; id: string; recorder: ExchangeRecorder; controller: AbortController };

let tabCount = 0;
function newTab(draft: RequestDraft): RequestTab {
  tabCount += 1;
  return { id: `tab-${tabCount}`, draft, recorder: null, controller: null };
}

/** The request a newcomer sees first: it works with no network, against the built-in practice server. */
export function exampleDraft(): RequestDraft {
  return newDraft('GET', `${window.location.origin}/httpbin/get?course=http&lesson=1`);
}

function reduce(state: Workspace, action: Action): Workspace {
  switch (action.type) {
    case 'open':
      return { tabs: [...state.tabs, action.tab], activeId: action.tab.id };
    case 'close': {
      const index = state.tabs.findIndex((t) => t.id === action.id);
      const tabs = state.tabs.filter((t) => t.id !== action.id);
      if (tabs.length === 0) {
        const fresh = newTab(newDraft());
        return { tabs: [fresh], activeId: fresh.id };
      }
      const activeId = state.activeId === action.id ? tabs[Math.max(0, index - 1)]!.id : state.activeId;
      return { tabs, activeId };
    }
    case 'select':
      return { ...state, activeId: action.id };
    case 'edit':
      return {
        ...state,
        tabs: state.tabs.map((t) => (t.id === action.id ? { ...t, draft: action.draft } : t)),
      };
    case 'started':
      return {
        ...state,
        tabs: state.tabs.map((t) =>
          t.id === action.id ? { ...t, recorder: action.recorder, controller: action.controller } : t,
        ),
      };
  }
}

/** The saved tabs, under fresh ids; the example request only when nothing was saved. */
function initial(load: WorkspaceLoad): Workspace {
  if (!load.saved) {
    const tab = newTab(exampleDraft());
    return { tabs: [tab], activeId: tab.id };
  }
  const { tabs: saved, activeId } = load.saved;
  const tabs = saved.map((t) => newTab(fromSavedDraft(t.draft)));
  const active = Math.max(
    0,
    saved.findIndex((t) => t.id === activeId),
  );
  return { tabs, activeId: tabs[active]!.id };
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
 */
export function useWorkspace() {
  const load = use(loadOnce());
  const [state, dispatch] = useReducer(reduce, load, initial);
  const run = useRunRequest();
  const saveProblem = useAutosave(state.tabs, state.activeId, load.problem?.kind !== 'storage');
  const notice = useWorkspaceNotice(load.problem, saveProblem);

  const send = useCallback(
    (tab: RequestTab) => {
      tab.controller?.abort();
      const recorder = new ExchangeRecorder();
      const controller = new AbortController();
      dispatch({ type: 'started', id: tab.id, recorder, controller });
      run.mutate({ draft: tab.draft, recorder, signal: controller.signal });
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
    open: (draft: RequestDraft = newDraft()) => dispatch({ type: 'open', tab: newTab(draft) }),
    select: (id: string) => dispatch({ type: 'select', id }),
    edit: (id: string, draft: RequestDraft) => dispatch({ type: 'edit', id, draft }),
    send,
    cancel,
    close,
    notice,
  };
}
