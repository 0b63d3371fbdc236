import type { ExchangeSnapshot } from '@playground/shared';
import { lazy, useState } from 'react';
import { LazyPart } from '@/components/lazy-part/lazy-part.tsx';
import { RequestSentView } from './request-sent-view.tsx';
import { TimingView } from './timing-view.tsx';
import { type ViewTab, ViewTabs } from './view-tabs.tsx';
import './meta-views.css';

const WireView = lazy(async () => ({ default: (await import('./wire-view.tsx')).WireView }));

type View = 'request' | 'wire' | 'timing';

/**
 * What is known of a request that got no usable answer (a reset, a malformed status line, a
 * timeout while waiting): the request as it went out, the bytes that crossed the connection (a
 * broken answer is easiest understood by reading it), and how far the timings got.
 */
export function FailureViews({ exchange }: { exchange: ExchangeSnapshot }) {
  // When the server answered something that could not be read, those bytes are the story.
  const received = exchange.hops.some((hop) => (hop.wireReceived?.totalBytes ?? 0) > 0);
  const [chosen, setChosen] = useState<View>(received ? 'wire' : 'request');
  const timings = exchange.failure?.timings ?? null;
  const tabs: ViewTab[] = [
    { id: 'request', label: 'Request' },
    { id: 'wire', label: 'Wire' },
    ...(timings ? [{ id: 'timing', label: 'Timing' }] : []),
  ];
  return (
    <ViewTabs
      label="What was sent"
      className="response-views"
      tabs={tabs}
      selected={chosen}
      onSelect={(id) => setChosen(id as View)}
    >
      {chosen === 'request' ? <RequestSentView hops={exchange.hops} /> : null}
      {chosen === 'wire' ? (
        <LazyPart name="the wire view" fallback={<p className="body-note">Loading the wire view…</p>}>
          <WireView hops={exchange.hops} phase={exchange.phase} />
        </LazyPart>
      ) : null}
      {chosen === 'timing' && timings ? <TimingView timings={timings} hops={[]} /> : null}
    </ViewTabs>
  );
}
