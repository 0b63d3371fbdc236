import type { ExchangeRecorder, SavedWorkspace, TabLink } from '@playground/shared';
import { newDraft, type RequestDraft } from '@/lib/request-draft.ts';
import { fromSavedDraft } from '@/lib/saved-draft.ts';

/** One request tab: its draft and the run it last started (each tab keeps its own response). */
export interface RequestTab {
  id: string;
  draft: RequestDraft;
  /** The saved request this tab shows, so Ctrl/Cmd+S saves back to it; null until saved. */
  link: TabLink | null;
  recorder: ExchangeRecorder | null;
  controller: AbortController | null;
}

export interface Workspace {
  tabs: RequestTab[];
  activeId: string;
}

export type WorkspaceAction =
  | { type: 'open'; tab: RequestTab }
  /** Selects the tab already showing `tab.link`, or opens `tab`. */
  | { type: 'open-saved'; tab: RequestTab }
  | { type: 'close'; id: string }
  | { type: 'select'; id: string }
  | { type: 'edit'; id: string; draft: RequestDraft }
  | { type: 'link'; id: string; link: TabLink | null }
  | { type: 'started'; id: string; recorder: ExchangeRecorder; controller: AbortController };

let tabCount = 0;
export function newTab(draft: RequestDraft, link: TabLink | null = null): RequestTab {
  tabCount += 1;
  return { id: `tab-${tabCount}`, draft, link, recorder: null, controller: null };
}

export const sameLink = (a: TabLink | null, b: TabLink | null): boolean =>
  a !== null && b !== null && a.collectionId === b.collectionId && a.requestId === b.requestId;

const patchTab = (state: Workspace, id: string, patch: Partial<RequestTab>): Workspace => ({
  ...state,
  tabs: state.tabs.map((t) => (t.id === id ? { ...t, ...patch } : t)),
});

export function reduceWorkspace(state: Workspace, action: WorkspaceAction): Workspace {
  switch (action.type) {
    case 'open':
      return { tabs: [...state.tabs, action.tab], activeId: action.tab.id };
    case 'open-saved': {
      const shown = state.tabs.find((t) => sameLink(t.link, action.tab.link));
      if (shown) return { ...state, activeId: shown.id };
      return { tabs: [...state.tabs, action.tab], activeId: action.tab.id };
    }
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
      return patchTab(state, action.id, { draft: action.draft });
    case 'link':
      return patchTab(state, action.id, { link: action.link });
    case 'started':
      return patchTab(state, action.id, { recorder: action.recorder, controller: action.controller });
  }
}

/** The saved tabs under fresh ids, or `fallback` alone when nothing was saved. */
export function restoreWorkspace(saved: SavedWorkspace | null, fallback: () => RequestDraft): Workspace {
  if (!saved) {
    const tab = newTab(fallback());
    return { tabs: [tab], activeId: tab.id };
  }
  const tabs = saved.tabs.map((t) => newTab(fromSavedDraft(t.draft), t.link));
  const active = Math.max(
    0,
    saved.tabs.findIndex((t) => t.id === saved.activeId),
  );
  return { tabs, activeId: tabs[active]!.id };
}
