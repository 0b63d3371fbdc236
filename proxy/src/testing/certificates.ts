import { randomBytes, webcrypto } from 'node:crypto';
import { isIP } from 'node:net';
import type * as X509 from '@peculiar/x509';

/** A certificate and its private key, both PEM; `cert` ends with a newline so chains can be concatenated. */
export interface Pem {
  cert: string;
  key: string;
}

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

type X509Module = typeof X509;

interface KeyedCertificate {
  cert: X509.X509Certificate;
  keys: CryptoKeyPair;
}

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;

// Passed to every x509 call rather than set on its global provider, which other code may configure.
const crypto = webcrypto;
const keyAlgorithm: webcrypto.EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };
const signingAlgorithm: webcrypto.EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };
const hour = 60 * 60 * 1000;
const day = 24 * hour;

/**
 * Creates a fresh root and intermediate CA (ECDSA P-256, so it takes milliseconds) to sign test leaves.
 *
 * @example
 * const pki = await createTestPki();
 * const leaf = await pki.leaf({ names: ['localhost', '127.0.0.1'] });
 * await startHttpsServer(handler, { cert: leaf.cert + pki.intermediate.cert, key: leaf.key });
 * // a client with `ca: [pki.root.cert]` now trusts the server
 */
export async function createTestPki(): Promise<TestPki> {
  const x509 = await loadX509();
  const rootKeys = await generateKeys();
  const rootName = [{ CN: ['Playground Test Root CA'] }];
  const rootCert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      ...validity(),
      serialNumber: randomSerialNumber(),
      name: rootName,
      keys: rootKeys,
      signingAlgorithm,
      extensions: await caExtensions(x509, rootKeys.publicKey, rootKeys.publicKey),
    },
    crypto,
  );
  const root: KeyedCertificate = { cert: rootCert, keys: rootKeys };

  const intermediateKeys = await generateKeys();
  const intermediate: KeyedCertificate = {
    cert: await x509.X509CertificateGenerator.create(
      {
        ...validity(),
        serialNumber: randomSerialNumber(),
        subject: [{ CN: ['Playground Test Intermediate CA'] }],
        issuer: root.cert.subjectName,
        publicKey: intermediateKeys.publicKey,
        signingKey: root.keys.privateKey,
        signingAlgorithm,
        extensions: await caExtensions(x509, intermediateKeys.publicKey, root.keys.publicKey, 0),
      },
      crypto,
    ),
    keys: intermediateKeys,
  };

  return {
    root: await toPem(x509, root),
    intermediate: await toPem(x509, intermediate),
    async leaf({ names, notBefore, notAfter, commonName }) {
      const keys = await generateKeys();
      const cert = await x509.X509CertificateGenerator.create(
        {
          ...validity(notBefore, notAfter),
          serialNumber: randomSerialNumber(),
          subject: [{ CN: [commonName ?? names[0] ?? 'Playground Test Leaf'] }],
          issuer: intermediate.cert.subjectName,
          publicKey: keys.publicKey,
          signingKey: intermediate.keys.privateKey,
          signingAlgorithm,
          extensions: await leafExtensions(x509, names, keys.publicKey, intermediate.keys.publicKey),
        },
        crypto,
      );
      return toPem(x509, { cert, keys });
    },
    async selfSigned({ names }) {
      const keys = await generateKeys();
      const cert = await x509.X509CertificateGenerator.createSelfSigned(
        {
          ...validity(),
          serialNumber: randomSerialNumber(),
          name: [{ CN: [names[0] ?? 'Playground Test Self-Signed'] }],
          keys,
          signingAlgorithm,
          extensions: await leafExtensions(x509, names, keys.publicKey, keys.publicKey),
        },
        crypto,
      );
      return toPem(x509, { cert, keys });
    },
  };
}

let x509Module: Promise<X509Module> | undefined;

/**
 * @peculiar/x509 registers its algorithms with tsyringe, which needs the Reflect metadata
 * polyfill loaded first; a static import would be hoisted above it, hence the dynamic one.
 */
function loadX509(): Promise<X509Module> {
  x509Module ??= import('reflect-metadata').then(() => import('@peculiar/x509'));
  return x509Module;
}

function generateKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(keyAlgorithm, true, ['sign', 'verify']);
}

function validity(notBefore?: Date, notAfter?: Date): { notBefore: Date; notAfter: Date } {
  const now = Date.now();
  return { notBefore: notBefore ?? new Date(now - hour), notAfter: notAfter ?? new Date(now + 30 * day) };
}

/** 16 random bytes with the top bit cleared: DER integers are signed and serials must be positive. */
function randomSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
  return bytes.toString('hex');
}

async function caExtensions(
  x509: X509Module,
  publicKey: CryptoKey,
  issuerPublicKey: CryptoKey,
  pathLength?: number,
): Promise<X509.Extension[]> {
  return [
    new x509.BasicConstraintsExtension(true, pathLength, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    await x509.SubjectKeyIdentifierExtension.create(publicKey, false, crypto),
    await x509.AuthorityKeyIdentifierExtension.create(issuerPublicKey, false, crypto),
  ];
}

async function leafExtensions(
  x509: X509Module,
  names: string[],
  publicKey: CryptoKey,
  issuerPublicKey: CryptoKey,
): Promise<X509.Extension[]> {
  return [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
    new x509.SubjectAlternativeNameExtension(
      names.map((name) => ({ type: isIP(name) ? 'ip' : 'dns', value: name })),
    ),
    await x509.SubjectKeyIdentifierExtension.create(publicKey, false, crypto),
    await x509.AuthorityKeyIdentifierExtension.create(issuerPublicKey, false, crypto),
  ];
}

async function toPem(x509: X509Module, { cert, keys }: KeyedCertificate): Promise<Pem> {
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  return {
    cert: withTrailingNewline(cert.toString('pem')),
    key: withTrailingNewline(x509.PemConverter.encode(pkcs8, 'PRIVATE KEY')),
  };
}

function withTrailingNewline(pem: string): string {
  return pem.endsWith('\n') ? pem : `${pem}\n`;
}
