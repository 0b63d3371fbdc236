import type { SavedWorkspace, TabLink } from '@playground/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestDraft } from '@/lib/request-draft.ts';
import { storageReason } from '@/lib/saved-value.ts';
import { saveWorkspace } from '../api/saved-workspace.ts';
import { toSavedWorkspace } from '../utils/saved-workspace.ts';

/** Long enough to save once per burst of typing, short enough that a crash loses almost nothing. */
const SAVE_DELAY_MS = 300;

/**
 * Saves the drafts shortly after each change, and at once when the page is hidden or left (a tab
 * switched away from may be discarded without warning). Returns why saving fails, while it does.
 * Off when the saved workspace could not be read at all: saving then would overwrite work that may
 * still be there, once the storage answers again.
 */
export function useAutosave(
  tabs: readonly { id: string; draft: RequestDraft; link: TabLink | null }[],
  activeId: string,
  enabled = true,
) {
  const [problem, setProblem] = useState<string | null>(null);
  const pending = useRef<SavedWorkspace | null>(null);

  const flush = useCallback(() => {
    const workspace = pending.current;
    if (!workspace) return;
    pending.current = null;
    saveWorkspace(workspace).then(
      () => setProblem(null),
      (error: unknown) => setProblem(storageReason(error)),
    );
  }, []);

  useEffect(() => {
    if (!enabled) return undefined;
    pending.current = toSavedWorkspace(tabs, activeId);
    const timer = setTimeout(flush, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [tabs, activeId, flush, enabled]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);

  return problem;
}
