import type { ExchangePhase, Hop } from '@playground/shared';
import { WireMessageView } from './wire-message.tsx';
import './wire-view.css';

const SECTIONS = [
  ['start-line', '1. start line'],
  ['headers', '2. headers'],
  ['empty-line', '3. empty line'],
  ['body', '4. body'],
] as const;

export interface WireViewProps {
  hops: readonly Hop[];
  phase: ExchangePhase;
}

/**
 * The exchange as it crossed the connection, hop by hop: the bytes the playground wrote and the
 * bytes the server answered, as HTTP/1.1 text whose every part names itself.
 */
export function WireView({ hops, phase }: WireViewProps) {
  const captured = hops.flatMap((hop, index) => (hop.wireSent || hop.wireReceived ? [{ hop, index }] : []));
  if (captured.length === 0) {
    return (
      <p className="body-note">
        {phase === 'sending' || phase === 'receiving'
          ? 'The bytes appear here once the answer has been read to the end.'
          : 'No bytes were kept for this exchange.'}
      </p>
    );
  }
  const several = hops.length > 1;
  return (
    <div className="meta-view wire-view">
      <p className="wire-intro">
        What crossed the connection, byte for byte. An HTTP/1.1 message is a start line, header lines, an
        empty line, then the body. Point at a part, or focus it (arrow keys move), to see its name.
      </p>
      <ul className="wire-legend" aria-label="Parts of a message">
        {SECTIONS.map(([section, name]) => (
          <li key={section} className={`wire-legend-item wire-section-${section}`}>
            {name}
          </li>
        ))}
      </ul>
      {captured.map(({ hop, index }) => {
        const suffix = several ? `, hop ${index + 1}` : '';
        return (
          <section key={index} className="wire-hop">
            {several ? (
              <h3 className="meta-heading">
                Hop {index + 1}
                {hop.redirect ? `: ${hop.redirect.status}, followed to ${hop.redirect.nextUrl}` : ''}
              </h3>
            ) : null}
            {hop.connection?.tls ? (
              <p className="body-note">
                Sent over TLS: these are the bytes inside the encryption, as each side read them.
              </p>
            ) : null}
            {hop.wireSent ? (
              <WireMessageView
                wire={hop.wireSent}
                label={`Bytes sent${suffix}`}
                requestMethod={hop.request?.method}
                followed={false}
              />
            ) : null}
            {hop.wireReceived ? (
              <WireMessageView
                wire={hop.wireReceived}
                label={`Bytes received${suffix}`}
                requestMethod={hop.request?.method}
                followed={hop.redirect !== undefined}
              />
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
