import type { Timings } from '@playground/shared';
import { formatDuration } from '@/lib/format-duration.ts';
import { timingPhases } from '../utils/timing-phases.ts';

export interface TimingViewProps {
  timings: Timings | null;
  /** Redirect hops before the final one, each with its own timings. */
  hops: readonly { label: string; timings: Timings }[];
  /** The final request went over a connection kept alive from an earlier one. */
  reused?: boolean;
}

function TimingBar({ timings, redirectMs = 0 }: { timings: Timings; redirectMs?: number }) {
  const phases = timingPhases(timings, redirectMs);
  return (
    <div className="timing">
      <div className="timing-bar" aria-hidden="true">
        {phases.map((phase) =>
          phase.widthPercent > 0 ? (
            <span
              key={phase.key}
              className={`timing-segment timing-${phase.key}`}
              style={{ left: `${phase.startPercent}%`, width: `max(2px, ${phase.widthPercent}%)` }}
            />
          ) : null,
        )}
      </div>
      <dl className="timing-legend">
        {phases.map((phase) => (
          <div key={phase.key}>
            <dt>
              <span className={`timing-swatch timing-${phase.key}`} aria-hidden="true" />
              {phase.label}
            </dt>
            <dd>{formatDuration(phase.ms)}</dd>
          </div>
        ))}
        <div className="timing-total">
          <dt>Total</dt>
          <dd>{formatDuration(timings.total)}</dd>
        </div>
      </dl>
    </div>
  );
}

/** Where the time went: DNS, connect, TLS, waiting for the first byte, download. */
export function TimingView({ timings, hops, reused = false }: TimingViewProps) {
  return (
    <div className="meta-view">
      {reused ? (
        <p className="body-note">
          This request reused a connection kept alive from an earlier one, as browsers do: no DNS lookup,
          connect or TLS handshake this time.
        </p>
      ) : null}
      {timings ? (
        <TimingBar timings={timings} />
      ) : (
        <p className="body-note">Timings arrive with the last byte.</p>
      )}
      {hops.map((hop) => (
        <section key={hop.label} className="timing-hop" aria-label={hop.label}>
          <h3 className="meta-heading">{hop.label}</h3>
          <TimingBar timings={hop.timings} />
        </section>
      ))}
    </div>
  );
}
