import type { ExchangeSnapshot, ResponseEvent } from '@playground/shared';
import type { TryIt } from '@playground/shared/diagnostics';
import { lazy, useState } from 'react';
import { LazyPart } from '@/components/lazy-part/lazy-part.tsx';
import { useDiagnostics } from '../hooks/use-diagnostics.ts';
import { BodyView } from './body-view.tsx';
import { HeadersTable } from './headers-table.tsx';
import { RedirectsView } from './redirects-view.tsx';
import { RequestSentView } from './request-sent-view.tsx';
import { TimingView } from './timing-view.tsx';
import { TlsView } from './tls-view.tsx';
import { type ViewTab, ViewTabs } from './view-tabs.tsx';
import './meta-views.css';

// The wire view parses and draws raw bytes; it loads the first time its tab is opened.
const WireView = lazy(async () => ({ default: (await import('./wire-view.tsx')).WireView }));

// The checks' findings load with the response (for the tab's count); their view, when opened.
const DiagnosticsView = lazy(async () => ({
  default: (await import('./diagnostics-view.tsx')).DiagnosticsView,
}));

type View = 'body' | 'headers' | 'checks' | 'timing' | 'tls' | 'redirects' | 'request' | 'wire';

export interface ResponseViewsProps {
  exchange: ExchangeSnapshot;
  response: ResponseEvent;
  /** Changes the request as a check suggests (e.g. adds If-None-Match) and sends it. */
  onTry?: (tryIt: TryIt) => void;
}

/** Body, Headers and the rest of what the exchange told us, one tab each; tabs with nothing to show are left out. */
export function ResponseViews({ exchange, response, onTry }: ResponseViewsProps) {
  const [chosen, setChosen] = useState<View>('body');
  const findings = useDiagnostics(exchange, response);
  const toFix = findings?.filter((finding) => finding.severity !== 'info').length ?? 0;
  const finalHop = exchange.hops[response.hop];
  const tls = finalHop?.connection?.tls ?? null;
  const redirects = exchange.hops.filter((hop) => hop.redirect);
  const tabs: ViewTab[] = [
    { id: 'body', label: 'Body' },
    { id: 'headers', label: 'Headers', badge: String(response.headers.length) },
    {
      id: 'checks',
      label: 'Checks',
      ...(toFix > 0 ? { badge: String(toFix), badgeTone: 'warning' as const } : {}),
    },
    { id: 'timing', label: 'Timing' },
    ...(tls ? [{ id: 'tls', label: 'TLS' }] : []),
    ...(redirects.length > 0
      ? [{ id: 'redirects', label: 'Redirects', badge: String(redirects.length) }]
      : []),
    { id: 'request', label: 'Request' },
    { id: 'wire', label: 'Wire' },
  ];
  const view = tabs.some((tab) => tab.id === chosen) ? chosen : 'body';
  const hopTimings = redirects.map((hop) => ({
    label: `Redirect ${hop.redirect!.hop + 1}: ${hop.redirect!.status}`,
    timings: hop.redirect!.timings,
  }));

  return (
    <ViewTabs
      label="Response views"
      className="response-views"
      tabs={tabs}
      selected={view}
      onSelect={(id) => setChosen(id as View)}
    >
      {view === 'body' ? <BodyView exchange={exchange} response={response} /> : null}
      {view === 'headers' ? <HeadersTable response={response} /> : null}
      {view === 'checks' ? (
        <LazyPart name="the checks" fallback={<p className="body-note">Checking the response…</p>}>
          <DiagnosticsView findings={findings} onTry={onTry} />
        </LazyPart>
      ) : null}
      {view === 'timing' ? (
        <TimingView
          timings={exchange.end?.timings ?? null}
          hops={hopTimings}
          reused={exchange.hops.at(-1)?.connection?.reused ?? false}
        />
      ) : null}
      {view === 'tls' && tls ? <TlsView tls={tls} /> : null}
      {view === 'redirects' ? <RedirectsView hops={exchange.hops} response={response} /> : null}
      {view === 'request' ? <RequestSentView hops={exchange.hops} /> : null}
      {view === 'wire' ? (
        <LazyPart name="the wire view" fallback={<p className="body-note">Loading the wire view…</p>}>
          <WireView hops={exchange.hops} phase={exchange.phase} />
        </LazyPart>
      ) : null}
    </ViewTabs>
  );
}
