import type { CertificateInfo } from '@playground/shared';

const DAY_MS = 24 * 60 * 60 * 1000;

function validity(cert: CertificateInfo, now: number): { text: string; bad: boolean } {
  const from = Date.parse(cert.validFrom);
  const to = Date.parse(cert.validTo);
  if (now < from) return { text: 'not valid yet', bad: true };
  const days = Math.floor((to - now) / DAY_MS);
  if (days < 0) return { text: `expired ${-days} days ago`, bad: true };
  return { text: `${days} days left`, bad: false };
}

function day(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 10);
}

function certificateRole(index: number, cert: CertificateInfo): string {
  if (index === 0) return 'Server certificate';
  return cert.selfSigned ? 'Root certificate' : 'Intermediate certificate';
}

export interface CertificateChainProps {
  certificates: readonly CertificateInfo[];
}

/** The certificates as the server presented them, leaf first, with what a learner checks in each. */
export function CertificateChain({ certificates }: CertificateChainProps) {
  const now = Date.now();
  return (
    <ol className="certificate-chain" aria-label="Certificate chain">
      {certificates.map((cert, index) => {
        const valid = validity(cert, now);
        return (
          <li key={cert.fingerprint256} className="certificate">
            <p className="certificate-role">
              {certificateRole(index, cert)}
              {cert.selfSigned ? <span className="tag tag-warning">self-signed</span> : null}
            </p>
            <dl className="definition-grid">
              <dt>Subject</dt>
              <dd>{cert.subject}</dd>
              <dt>Issuer</dt>
              <dd>{cert.issuer}</dd>
              <dt>Valid</dt>
              <dd>
                {day(cert.validFrom)} to {day(cert.validTo)}{' '}
                <span className={valid.bad ? 'tag tag-warning' : 'tag'}>{valid.text}</span>
              </dd>
              {cert.subjectAltNames.length > 0 ? (
                <>
                  <dt>Names (SAN)</dt>
                  <dd>{cert.subjectAltNames.join(', ')}</dd>
                </>
              ) : null}
              <dt>SHA-256</dt>
              <dd className="mono wrap-anywhere">{cert.fingerprint256}</dd>
              <dt>Serial</dt>
              <dd className="mono wrap-anywhere">{cert.serialNumber}</dd>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
