import type { ExchangeSnapshot } from '@playground/shared';
import type { TryIt } from '@playground/shared/diagnostics';
import type { ReactNode } from 'react';
import { FailureAlert } from './failure-alert.tsx';
import { FailureViews } from './failure-views.tsx';
import { ResponseSummary } from './response-summary.tsx';
import { ResponseViews } from './response-views.tsx';
import './response-panel.css';

export interface ResponsePanelProps {
  exchange: ExchangeSnapshot | null;
  /** Buttons other features add beside the status line (e.g. Save as HAR). */
  actions?: ReactNode;
  /** Changes the request as a check suggests and sends it (the Checks view's "Try" buttons). */
  onTry?: (tryIt: TryIt) => void;
}

function Waiting({ exchange }: { exchange: ExchangeSnapshot }) {
  if (exchange.phase === 'cancelled')
    return <p className="response-empty">Cancelled before any response arrived.</p>;
  return (
    <p className="response-empty">
      <span className="busy-indicator" aria-hidden="true" />
      {exchange.hops.some((hop) => hop.request) ? 'Request sent: waiting for the response…' : 'Sending…'}
    </p>
  );
}

/**
 * Everything that came back: status, time and size on top; body, headers, timing, TLS, redirects and
 * the request as sent below. A failure with no response is an alert; a 4xx or 5xx is a response.
 */
export function ResponsePanel({ exchange, actions, onTry }: ResponsePanelProps) {
  const running = exchange?.phase === 'sending' || exchange?.phase === 'receiving';
  const response = exchange?.response;
  return (
    <section aria-label="Response" aria-busy={running} className="response-panel">
      {!exchange ? <p className="response-empty">Send the request to see the response here.</p> : null}
      {exchange && response ? (
        <ResponseSummary exchange={exchange} response={response} actions={actions} />
      ) : null}
      {exchange?.failure ? (
        <FailureAlert error={exchange.failure.error} partial={response !== undefined} />
      ) : null}
      {exchange && response ? <ResponseViews exchange={exchange} response={response} onTry={onTry} /> : null}
      {exchange?.failure && !response && exchange.hops.some((hop) => hop.request) ? (
        <FailureViews exchange={exchange} />
      ) : null}
      {exchange && !response && !exchange.failure ? <Waiting exchange={exchange} /> : null}
    </section>
  );
}
