import { concatChunks, type ExchangeSnapshot } from '@playground/shared';

export interface ResponsePanelProps {
  exchange: ExchangeSnapshot | null;
}

/** Everything that came back. (Being built: this first version shows status, body and failures.) */
export function ResponsePanel({ exchange }: ResponsePanelProps) {
  return (
    <section aria-label="Response" className="response-panel">
      {exchange?.response ? (
        <p aria-label="Status">
          {exchange.response.status} {exchange.response.statusText}
        </p>
      ) : null}
      {exchange?.failure ? (
        <div role="alert">
          <strong>{exchange.failure.error.title}</strong>
          <p>{exchange.failure.error.message}</p>
          <p>{exchange.failure.error.hint}</p>
        </div>
      ) : null}
      {exchange ? <pre>{new TextDecoder().decode(concatChunks(exchange.chunks, 1_000_000))}</pre> : null}
    </section>
  );
}
