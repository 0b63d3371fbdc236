import './workspace-notice.css';

export interface WorkspaceNoticeProps {
  notice: { message: string; dismiss: () => void } | null;
}

/** A quiet line in the header about saving; the playground keeps working either way. */
export function WorkspaceNotice({ notice }: WorkspaceNoticeProps) {
  if (!notice) return null;
  return (
    <p className="workspace-notice" role="status">
      <span>{notice.message}</span>
      <button
        type="button"
        className="workspace-notice-dismiss"
        aria-label="Dismiss"
        onClick={notice.dismiss}
      >
        ×
      </button>
    </p>
  );
}
