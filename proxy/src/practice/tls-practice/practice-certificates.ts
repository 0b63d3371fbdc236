import { type ErrorKind, TLS_PRACTICE_DOMAIN, type TlsPracticeId } from '@playground/shared';
import {
  certificatePem,
  createIntermediateAuthority,
  createRootAuthority,
  issueLeaf,
  type Pem,
  selfSignedLeaf,
} from './x509.ts';

const day = 24 * 60 * 60 * 1000;

/** One HTTPS practice endpoint: its name, what the playground reports for it, and what it presents. */
export interface PracticeEndpoint {
  id: TlsPracticeId;
  host: string;
  expect: ErrorKind | null;
  summary: string;
  /** The private key and the chain sent: the leaf first, then any CA certificates. */
  key: string;
  chain: string;
}

/** The endpoints and the one authority the playground trusts for them (and for nothing else). */
export interface PracticeCertificates {
  /** PEM of "HTTP Playground Practice CA"; its private key no longer exists. */
  practiceCa: string;
  endpoints: PracticeEndpoint[];
}

function endpoint(
  id: TlsPracticeId,
  expect: ErrorKind | null,
  summary: string,
  pem: Pem,
  extraChain = '',
): PracticeEndpoint {
  return { id, host: hostOf(id), expect, summary, key: pem.key, chain: pem.cert + extraChain };
}

/** `expired` -> `expired.practice.localhost`. */
export function hostOf(id: TlsPracticeId): string {
  return `${id}.${TLS_PRACTICE_DOMAIN}`;
}

/**
 * Makes every practice certificate afresh (nothing is stored or committed). The practice CA signs
 * the good, expired and wrong-host certificates, so that each of those differs from a verified
 * connection in exactly one way; its key cannot be exported and is dropped once they are signed,
 * so no other certificate can ever chain to it. The untrusted-root endpoint has an authority of
 * its own that nobody trusts.
 */
export async function createPracticeCertificates(now = Date.now()): Promise<PracticeCertificates> {
  const validity = { notBefore: new Date(now - 365 * day), notAfter: new Date(now + 10 * 365 * day) };
  const [practiceCa, unknownRoot] = await Promise.all([
    createRootAuthority('HTTP Playground Practice CA', validity),
    createRootAuthority('Unknown Practice Root CA', validity),
  ]);
  const unknownIntermediate = await createIntermediateAuthority(
    unknownRoot,
    'Unknown Practice Intermediate CA',
    validity,
  );
  // A year and a month, like the certificates public authorities issue; the playground restarts long before.
  const current = { notBefore: new Date(now - day), notAfter: new Date(now + 397 * day) };
  const [good, expired, wrongHost, selfSigned, untrusted] = await Promise.all([
    issueLeaf(practiceCa, { names: [hostOf('good')], ...current }),
    issueLeaf(practiceCa, {
      names: [hostOf('expired')],
      notBefore: new Date(now - 400 * day),
      notAfter: new Date(now - 35 * day),
    }),
    issueLeaf(practiceCa, { names: [`other-site.${TLS_PRACTICE_DOMAIN}`], ...current }),
    selfSignedLeaf({ names: [hostOf('self-signed')], ...current }),
    issueLeaf(unknownIntermediate, { names: [hostOf('untrusted-root')], ...current }),
  ]);
  const unknownChain = certificatePem(unknownIntermediate) + certificatePem(unknownRoot);
  // Sent after the leaf, so a client that does not trust the practice CA (curl) says "untrusted
  // root", not "missing intermediate".
  const practiceChain = certificatePem(practiceCa);
  return {
    practiceCa: practiceChain,
    endpoints: [
      endpoint('good', null, 'A valid certificate for this name, from the practice CA', good, practiceChain),
      endpoint('expired', 'tls-expired', 'Its certificate expired 35 days ago', expired, practiceChain),
      endpoint(
        'wrong-host',
        'tls-wrong-host',
        `Its certificate is for other-site.${TLS_PRACTICE_DOMAIN}, not for this name`,
        wrongHost,
        practiceChain,
      ),
      endpoint('self-signed', 'tls-self-signed', 'Its certificate vouches for itself', selfSigned),
      endpoint(
        'untrusted-root',
        'tls-unknown-issuer',
        'Its certificate comes from an authority nobody trusts',
        untrusted,
        unknownChain,
      ),
    ],
  };
}
