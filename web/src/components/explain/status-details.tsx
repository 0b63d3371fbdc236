import { use } from 'react';
import { loadKnowledge } from './load-knowledge.ts';

export interface StatusDetailsProps {
  status: number;
  /** The headers that came with it, to show the ones the explanation points at. */
  headers: readonly (readonly [string, string])[];
}

/** What a status code means: its class, causes, what to do next, and the headers to look at. */
export function StatusDetails({ status, headers }: StatusDetailsProps) {
  const { explainStatus } = use(loadKnowledge());
  const info = explainStatus(status);
  const received = info.headers.map((name) => ({
    name,
    values: headers.filter(([got]) => got.toLowerCase() === name.toLowerCase()).map(([, value]) => value),
  }));
  return (
    <>
      <p className="explain-title">
        <span>
          {status} {info.reason}
        </span>
        <span className="explain-spec">{info.spec}</span>
      </p>
      <p className="explain-class" data-class={info.class.id}>
        <strong>
          {info.class.range ? `${info.class.range}: ` : ''}
          {info.class.name}.
        </strong>{' '}
        {info.class.meaning}
      </p>
      <p>{info.explanation}</p>
      <p className="explain-subtitle">Common causes</p>
      <ul>
        {info.causes.map((cause) => (
          <li key={cause}>{cause}</li>
        ))}
      </ul>
      <p className="explain-subtitle">What to do next</p>
      <ul>
        {info.next.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      {received.length > 0 ? (
        <>
          <p className="explain-subtitle">Headers to look at</p>
          <ul className="explain-headers">
            {received.map(({ name, values }) => (
              <li key={name}>
                <span className="mono">{name}</span>
                {values.length > 0 ? (
                  <>
                    : <span className="mono wrap-anywhere">{values.join(', ')}</span>
                  </>
                ) : (
                  <span className="explain-muted"> (not in this answer)</span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
