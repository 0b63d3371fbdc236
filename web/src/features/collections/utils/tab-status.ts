import type { Collection, TabLink } from '@playground/shared';
import type { RequestDraft } from '@/lib/request-draft.ts';
import { toSavedDraft } from '@/lib/saved-draft.ts';
import { sameDraft } from './same-draft.ts';
import { type FoundRequest, findRequest } from './tree.ts';

/** What a tab shows of the saved request it is linked to. */
export interface TabStatus {
  /** The saved request, or null when the tab is not linked (or its request was deleted). */
  saved: FoundRequest | null;
  /** The tab's draft differs from what was saved. */
  unsaved: boolean;
}

/**
 * Each tab's saved request and whether it has unsaved changes, keyed by tab id. A link that leads
 * nowhere counts as no link: the tab keeps its draft, and Ctrl/Cmd+S asks where to save it.
 */
export function tabStatuses(
  tabs: readonly { id: string; draft: RequestDraft; link: TabLink | null }[],
  collections: readonly Collection[],
): Map<string, TabStatus> {
  const statuses = new Map<string, TabStatus>();
  for (const tab of tabs) {
    const saved = findRequest(collections, tab.link);
    const unsaved = saved !== null && !sameDraft(toSavedDraft(tab.draft), saved.request.draft);
    statuses.set(tab.id, { saved, unsaved });
  }
  return statuses;
}

/** The saved requests that an open tab has changed, to mark them in the tree too. */
export function modifiedRequestIds(statuses: ReadonlyMap<string, TabStatus>): Set<string> {
  const ids = new Set<string>();
  for (const status of statuses.values()) {
    if (status.unsaved && status.saved) ids.add(status.saved.request.id);
  }
  return ids;
}
