import {
  type ExchangeSnapshot,
  type ResponseEvent,
  statusClass,
  statusLabel,
  statusMeaning,
} from '@playground/shared';
import type { ReactNode } from 'react';
import { StatusExplainer } from '@/components/explain/status-explainer.tsx';
import { formatBodySize, formatBytes } from '@/lib/format-bytes.ts';
import { formatDuration } from '@/lib/format-duration.ts';

export interface ResponseSummaryProps {
  exchange: ExchangeSnapshot;
  response: ResponseEvent;
  actions?: ReactNode;
}

function progress(exchange: ExchangeSnapshot, response: ResponseEvent): string {
  const total = response.contentLength;
  const got = formatBytes(exchange.bodyBytes);
  return total !== null && response.contentEncoding === null ? `${got} of ${formatBytes(total)}` : got;
}

/** Status, time and size: always in view, whichever tab is open. */
export function ResponseSummary({ exchange, response, actions }: ResponseSummaryProps) {
  const { end, phase } = exchange;
  const receiving = phase === 'receiving';
  return (
    <div className="response-summary">
      <p
        role="status"
        aria-label="Status"
        className={`response-status status-${statusClass(response.status)}`}
        title={statusMeaning(response.status)}
      >
        {statusLabel(response.status, response.statusText)}
      </p>
      <StatusExplainer status={response.status} headers={response.headers} />
      <dl className="response-metrics">
        <div>
          <dt>Time</dt>
          <dd>{end ? formatDuration(end.timings.total) : receiving ? '…' : '—'}</dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd>
            {end
              ? formatBodySize(end.sizes.bodyBytes, end.sizes.bodyWireBytes, response.contentEncoding)
              : formatBytes(exchange.bodyBytes)}
          </dd>
        </div>
      </dl>
      {actions ? <div className="response-actions">{actions}</div> : null}
      {receiving ? (
        <p className="response-progress" aria-live="off">
          <span className="busy-indicator" aria-hidden="true" />
          Receiving… {progress(exchange, response)}
        </p>
      ) : null}
      {phase === 'cancelled' ? (
        <p className="response-note">
          Cancelled: showing the {formatBytes(exchange.bodyBytes)} that arrived.
        </p>
      ) : null}
      {end?.truncated ? (
        <p className="response-note">
          Cut at {formatBytes(end.sizes.bodyBytes)}: this playground's response size limit stopped the
          download there, so the body shown is incomplete.
        </p>
      ) : null}
      {phase !== 'receiving' && phase !== 'cancelled' ? (
        <p className="response-meaning">{statusMeaning(response.status)}</p>
      ) : null}
    </div>
  );
}
