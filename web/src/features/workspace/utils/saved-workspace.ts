import type { SavedWorkspace, TabLink } from '@playground/shared';
import type { RequestDraft } from '@/lib/request-draft.ts';
import { toSavedDraft } from '@/lib/saved-draft.ts';

/** The open tabs as they are stored; what they last received is not kept. */
export function toSavedWorkspace(
  tabs: readonly { id: string; draft: RequestDraft; link: TabLink | null }[],
  activeId: string,
): SavedWorkspace {
  return {
    v: 2,
    tabs: tabs.map((t) => ({ id: t.id, draft: toSavedDraft(t.draft), link: t.link })),
    activeId,
  };
}
