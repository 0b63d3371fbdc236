import type { RequestDraft } from '@/lib/request-draft.ts';

export interface RequestEditorProps {
  draft: RequestDraft;
  onChange: (draft: RequestDraft) => void;
  /** Ctrl/Cmd+Enter inside an editor (e.g. Monaco, which keeps keys to itself) sends. */
  onSend: () => void;
}

/** Params, Headers, Body and Auth of the request being composed. (Being built.) */
export function RequestEditor(_props: RequestEditorProps) {
  return <section aria-label="Request editor" className="request-editor" />;
}
