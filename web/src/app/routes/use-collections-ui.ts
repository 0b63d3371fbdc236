import { useEffect, useMemo, useRef, useState } from 'react';
import type { Library } from '@/features/collections/hooks/use-library.ts';
import { modifiedRequestIds, tabStatuses } from '@/features/collections/utils/tab-status.ts';
import type { RequestTab } from '@/features/workspace/hooks/use-workspace.ts';
import { toSavedDraft } from '@/lib/saved-draft.ts';

/**
 * Where the tabs meet the collections: each tab's saved request and unsaved changes, the
 * Collections panel's toggle, and Ctrl/Cmd+S (save back to the linked request, or ask where).
 */
export function useCollectionsUi(tabs: readonly RequestTab[], active: RequestTab, library: Library) {
  const [open, setOpen] = useState(false);
  // The tab being saved for the first time, while the Save request dialog asks where.
  const [savingId, setSavingId] = useState<string | null>(null);
  // The tab the user asked to close while its saved request has unsaved changes.
  const [closingId, setClosingId] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const statuses = useMemo(() => tabStatuses(tabs, library.collections), [tabs, library.collections]);
  const modifiedIds = useMemo(() => modifiedRequestIds(statuses), [statuses]);

  const save = (tab: RequestTab) => {
    if (tab.link && statuses.get(tab.id)?.saved) library.saveRequest(tab.link, toSavedDraft(tab.draft));
    else setSavingId(tab.id);
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  // Ctrl/Cmd+S saves the active tab from anywhere on the page, instead of saving the web page.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 's' || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      event.preventDefault();
      saveRef.current(active);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);

  return {
    open,
    toggle: () => setOpen((was) => !was),
    close: () => {
      setOpen(false);
      buttonRef.current?.focus();
    },
    buttonRef,
    modifiedIds,
    /** What the tab strip shows of a tab's saved request. */
    status: (tab: RequestTab) => {
      const status = statuses.get(tab.id);
      return { name: status?.saved?.request.name ?? null, unsaved: status?.unsaved ?? false };
    },
    activeRequestId: statuses.get(active.id)?.saved?.request.id ?? null,
    saving: tabs.find((tab) => tab.id === savingId) ?? null,
    endSaving: () => setSavingId(null),
    /** Closes the tab, unless its saved request has unsaved changes: then the user is asked first. */
    requestClose: (tab: RequestTab, close: (tab: RequestTab) => void) => {
      if (statuses.get(tab.id)?.unsaved) setClosingId(tab.id);
      else close(tab);
    },
    closing: (() => {
      const tab = tabs.find((t) => t.id === closingId);
      const saved = tab ? statuses.get(tab.id)?.saved : undefined;
      return tab && saved ? { tab, name: saved.request.name } : null;
    })(),
    /** Saves the closing tab back to its request (the caller closes it). */
    saveClosing: () => {
      const tab = tabs.find((t) => t.id === closingId);
      if (tab?.link) library.saveRequest(tab.link, toSavedDraft(tab.draft));
      setClosingId(null);
    },
    endClosing: () => setClosingId(null),
  };
}

export type CollectionsUi = ReturnType<typeof useCollectionsUi>;
