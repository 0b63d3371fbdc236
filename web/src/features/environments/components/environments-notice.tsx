import './environments-notice.css';

interface EnvironmentsNoticeProps {
  notice: { message: string; dismiss: () => void } | null;
}

/** A quiet line in the header about keeping environments; the playground keeps working either way. */
export function EnvironmentsNotice({ notice }: EnvironmentsNoticeProps) {
  if (!notice) return null;
  return (
    <p className="environments-notice" role="status">
      <span>{notice.message}</span>
      <button
        type="button"
        className="environments-notice-dismiss"
        aria-label="Dismiss the environments notice"
        onClick={notice.dismiss}
      >
        ×
      </button>
    </p>
  );
}
