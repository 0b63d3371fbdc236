import './storage-notice.css';

interface StorageNoticeProps {
  notice: { message: string; dismiss: () => void } | null;
  /** Names the dismiss button, e.g. "Dismiss the environments notice" (names stay unique page-wide). */
  dismissLabel: string;
}

/** A quiet line in the header about keeping some kind of work; the playground keeps working either way. */
export function StorageNotice({ notice, dismissLabel }: StorageNoticeProps) {
  if (!notice) return null;
  return (
    <p className="storage-notice" role="status">
      <span>{notice.message}</span>
      <button
        type="button"
        className="storage-notice-dismiss"
        aria-label={dismissLabel}
        onClick={notice.dismiss}
      >
        ×
      </button>
    </p>
  );
}
