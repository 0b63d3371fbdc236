import type { RequestDraft } from '@/lib/request-draft.ts';

/** What every tab of the request editor gets: the draft, and a way to replace it. */
export interface PanelProps {
  draft: RequestDraft;
  onChange: (draft: RequestDraft) => void;
}
