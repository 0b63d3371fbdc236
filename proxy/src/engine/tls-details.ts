import type { DetailedPeerCertificate, PeerCertificate, TLSSocket } from 'node:tls';
import type { CertificateInfo, TlsInfo } from '@playground/shared';

function distinguishedName(fields: Record<string, string | string[]> | undefined): string {
  if (!fields) return '';
  return Object.entries(fields)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : value}`)
    .join(', ');
}

function isoDate(text: string): string {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

/** `DNS:a.example, IP Address:127.0.0.1` as `['a.example', '127.0.0.1']`. */
export function altNames(cert: PeerCertificate): string[] {
  if (!cert.subjectaltname) return [];
  return cert.subjectaltname.split(', ').map((entry) => entry.replace(/^(DNS|IP Address|URI|email):/, ''));
}

/** One certificate in the shape the browser shows. */
export function certificateInfo(cert: PeerCertificate): CertificateInfo {
  const subject = distinguishedName(cert.subject as unknown as Record<string, string>);
  const issuer = distinguishedName(cert.issuer as unknown as Record<string, string>);
  return {
    subject,
    issuer,
    validFrom: isoDate(cert.valid_from),
    validTo: isoDate(cert.valid_to),
    subjectAltNames: altNames(cert),
    fingerprint256: cert.fingerprint256,
    serialNumber: cert.serialNumber,
    selfSigned: subject === issuer,
  };
}

/** The chain from leaf upwards, as Node reports it (it stops where the issuer is itself). */
export function certificateChain(
  leaf: DetailedPeerCertificate | PeerCertificate | undefined,
): CertificateInfo[] {
  const chain: CertificateInfo[] = [];
  const seen = new Set<string>();
  let cert = leaf as DetailedPeerCertificate | undefined;
  while (cert && Object.keys(cert).length > 0 && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    chain.push(certificateInfo(cert));
    cert = cert.issuerCertificate;
  }
  return chain;
}

/** Protocol, cipher, ALPN and chain of an established TLS connection. */
export function tlsInfo(socket: TLSSocket, chain: CertificateInfo[]): TlsInfo {
  return {
    protocol: socket.getProtocol() ?? null,
    cipher: socket.getCipher()?.standardName ?? socket.getCipher()?.name ?? null,
    alpnProtocol: typeof socket.alpnProtocol === 'string' ? socket.alpnProtocol : null,
    certificates: chain,
  };
}
