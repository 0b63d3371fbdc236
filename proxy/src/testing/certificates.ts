import {
  authorityPem,
  createIntermediateAuthority,
  createRootAuthority,
  issueLeaf,
  type Pem,
  selfSignedLeaf,
} from '../practice/tls-practice/x509.ts';

export type { Pem };

/** A throwaway two-level PKI for tests: trust `root.cert` and serve `leaf.cert + intermediate.cert`. */
export interface TestPki {
  /** A self-signed root CA ("Playground Test Root CA"). */
  root: Pem;
  /** An intermediate CA signed by `root`; servers must send it after their leaf. */
  intermediate: Pem;
  /**
   * A leaf for the given names (DNS names and IP addresses, e.g. `['localhost', '127.0.0.1', '::1']`)
   * signed by the intermediate. Valid from an hour ago for 30 days unless `notBefore`/`notAfter` say otherwise.
   */
  leaf(options: { names: string[]; notBefore?: Date; notAfter?: Date; commonName?: string }): Promise<Pem>;
  /** A self-signed leaf (not a CA) for the names. */
  selfSigned(options: { names: string[] }): Promise<Pem>;
}

/**
 * Creates a fresh root and intermediate CA (ECDSA P-256, so it takes milliseconds) to sign test
 * leaves; the same certificate making as the practice server's HTTPS endpoints.
 *
 * @example
 * const pki = await createTestPki();
 * const leaf = await pki.leaf({ names: ['localhost', '127.0.0.1'] });
 * await startHttpsServer(handler, { cert: leaf.cert + pki.intermediate.cert, key: leaf.key });
 * // a client with `ca: [pki.root.cert]` now trusts the server
 */
export async function createTestPki(): Promise<TestPki> {
  const root = await createRootAuthority('Playground Test Root CA', { extractable: true });
  const intermediate = await createIntermediateAuthority(root, 'Playground Test Intermediate CA', {
    extractable: true,
  });
  return {
    root: await authorityPem(root),
    intermediate: await authorityPem(intermediate),
    leaf: (options) => issueLeaf(intermediate, options),
    selfSigned: (options) => selfSignedLeaf(options),
  };
}
