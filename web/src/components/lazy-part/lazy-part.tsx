import { type ReactNode, Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import './lazy-part.css';

interface LazyPartProps {
  /** What the part is, for the message: "the History panel". */
  name: string;
  children: ReactNode;
  fallback?: ReactNode;
}

/**
 * A part of the page loaded on first use. If its code cannot be fetched (the playground was
 * updated or stopped while this page stayed open), the user is told what to do instead of the
 * part silently not appearing.
 */
export function LazyPart({ name, children, fallback = null }: LazyPartProps) {
  return (
    <ErrorBoundary
      fallbackRender={() => (
        <div className="lazy-part-failed" role="alert">
          <p>
            {`${name[0]?.toUpperCase()}${name.slice(1)}`} could not be loaded: the playground may have been
            updated or stopped since this page was opened. Your work is kept in this browser.
          </p>
          <button type="button" className="button button-small" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      )}
    >
      <Suspense fallback={fallback}>{children}</Suspense>
    </ErrorBoundary>
  );
}
