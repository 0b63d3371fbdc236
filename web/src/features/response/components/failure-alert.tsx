import type { ProxyError } from '@playground/shared';
import { CertificateChain } from './certificate-chain.tsx';

export interface FailureAlertProps {
  error: ProxyError;
  /** True when a response had begun: the failure cut it short rather than preventing it. */
  partial?: boolean;
}

/** A failure that is not an HTTP response, in plain words, with what to try and the evidence. */
export function FailureAlert({ error, partial = false }: FailureAlertProps) {
  return (
    <div role="alert" className="failure-alert">
      <p className="failure-title">{partial ? `The response was cut short: ${error.title}` : error.title}</p>
      <p>{error.message}</p>
      <p className="failure-hint">{error.hint}</p>
      {error.code ? <p className="failure-code">Error code: {error.code}</p> : null}
      {error.validNames && error.validNames.length > 0 ? (
        <p>
          The certificate is valid for: <span className="mono">{error.validNames.join(', ')}</span>
        </p>
      ) : null}
      {error.certificates && error.certificates.length > 0 ? (
        <details className="failure-certificates" open>
          <summary>The certificate the server presented</summary>
          <CertificateChain certificates={error.certificates} />
        </details>
      ) : null}
    </div>
  );
}
