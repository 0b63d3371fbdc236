import type { ExchangeSnapshot, ResponseEvent } from '@playground/shared';
import { lazy, useState } from 'react';
import { LazyPart } from '@/components/lazy-part/lazy-part.tsx';
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

type View = 'body' | 'headers' | 'timing' | 'tls' | 'redirects' | 'request' | 'wire';

export interface ResponseViewsProps {
  exchange: ExchangeSnapshot;
  response: ResponseEvent;
}

/** Body, Headers and the rest of what the exchange told us, one tab each; tabs with nothing to show are left out. */
export function ResponseViews({ exchange, response }: ResponseViewsProps) {
  const [chosen, setChosen] = useState<View>('body');
  const finalHop = exchange.hops[response.hop];
  const tls = finalHop?.connection?.tls ?? null;
  const redirects = exchange.hops.filter((hop) => hop.redirect);
  const tabs: ViewTab[] = [
    { id: 'body', label: 'Body' },
    { id: 'headers', label: 'Headers', badge: String(response.headers.length) },
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
