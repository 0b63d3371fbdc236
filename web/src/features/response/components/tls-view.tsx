import type { TlsInfo } from '@playground/shared';
import { CertificateChain } from './certificate-chain.tsx';

export interface TlsViewProps {
  tls: TlsInfo;
}

/** How the connection was secured, and the certificates that proved who the server is. */
export function TlsView({ tls }: TlsViewProps) {
  return (
    <div className="meta-view">
      <dl className="definition-grid">
        <dt>Protocol</dt>
        <dd>{tls.protocol ?? '—'}</dd>
        <dt>Cipher</dt>
        <dd className="mono">{tls.cipher ?? '—'}</dd>
        <dt>ALPN</dt>
        <dd>{tls.alpnProtocol ?? '—'}</dd>
      </dl>
      <h3 className="meta-heading">Certificate chain</h3>
      <CertificateChain certificates={tls.certificates} />
    </div>
  );
}
