import { randomBytes, webcrypto } from 'node:crypto';
import { isIP } from 'node:net';
import type * as X509 from '@peculiar/x509';

/** A certificate and its private key, both PEM; `cert` ends with a newline so chains can be concatenated. */
export interface Pem {
  cert: string;
  key: string;
}

/** A certificate authority that can sign: its certificate and its key pair, kept in memory. */
export interface Authority {
  readonly cert: X509.X509Certificate;
  readonly keys: webcrypto.CryptoKeyPair;
}

/** When a certificate is valid: by default from an hour ago for 30 days. */
export interface Validity {
  notBefore?: Date | undefined;
  notAfter?: Date | undefined;
}

type X509Module = typeof X509;
type CryptoKey = webcrypto.CryptoKey;

// Passed to every x509 call rather than set on its global provider, which other code may configure.
const crypto = webcrypto;
const keyAlgorithm: webcrypto.EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };
const signingAlgorithm: webcrypto.EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };
const hour = 60 * 60 * 1000;
const day = 24 * hour;

let x509Module: Promise<X509Module> | undefined;

/**
 * @peculiar/x509 registers its algorithms with tsyringe, which needs the Reflect metadata
 * polyfill loaded first; a static import would be hoisted above it, hence the dynamic one.
 */
function loadX509(): Promise<X509Module> {
  x509Module ??= import('reflect-metadata').then(() => import('@peculiar/x509'));
  return x509Module;
}

/**
 * ECDSA P-256 keys, so a whole set of certificates takes milliseconds. A key that is not
 * `extractable` can sign but never leave the process, not even as PEM.
 */
function generateKeys(extractable: boolean): Promise<webcrypto.CryptoKeyPair> {
  return crypto.subtle.generateKey(keyAlgorithm, extractable, ['sign', 'verify']);
}

function validity({ notBefore, notAfter }: Validity = {}): { notBefore: Date; notAfter: Date } {
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

function withTrailingNewline(pem: string): string {
  return pem.endsWith('\n') ? pem : `${pem}\n`;
}

async function toPem(
  x509: X509Module,
  cert: X509.X509Certificate,
  keys: webcrypto.CryptoKeyPair,
): Promise<Pem> {
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  return {
    cert: withTrailingNewline(cert.toString('pem')),
    key: withTrailingNewline(x509.PemConverter.encode(pkcs8, 'PRIVATE KEY')),
  };
}

/** The authority's certificate as PEM, ending with a newline. */
export function certificatePem(authority: Authority): string {
  return withTrailingNewline(authority.cert.toString('pem'));
}

/** The authority's certificate and private key as PEM; only for an authority made `extractable`. */
export async function authorityPem(authority: Authority): Promise<Pem> {
  return toPem(await loadX509(), authority.cert, authority.keys);
}

/**
 * A self-signed root certificate authority. Its key is not `extractable` unless asked: it signs
 * in this process and can never be written out.
 *
 * @example
 * const root = await createRootAuthority('Playground Practice CA');
 * const leaf = await issueLeaf(root, { names: ['good.practice.localhost'] });
 */
export async function createRootAuthority(
  commonName: string,
  options: Validity & { extractable?: boolean } = {},
): Promise<Authority> {
  const x509 = await loadX509();
  const keys = await generateKeys(options.extractable ?? false);
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      ...validity(options),
      serialNumber: randomSerialNumber(),
      name: [{ CN: [commonName] }],
      keys,
      signingAlgorithm,
      extensions: await caExtensions(x509, keys.publicKey, keys.publicKey),
    },
    crypto,
  );
  return { cert, keys };
}

/** An intermediate authority signed by `parent`, which may sign leaves only (path length 0). */
export async function createIntermediateAuthority(
  parent: Authority,
  commonName: string,
  options: Validity & { extractable?: boolean } = {},
): Promise<Authority> {
  const x509 = await loadX509();
  const keys = await generateKeys(options.extractable ?? false);
  const cert = await x509.X509CertificateGenerator.create(
    {
      ...validity(options),
      serialNumber: randomSerialNumber(),
      subject: [{ CN: [commonName] }],
      issuer: parent.cert.subjectName,
      publicKey: keys.publicKey,
      signingKey: parent.keys.privateKey,
      signingAlgorithm,
      extensions: await caExtensions(x509, keys.publicKey, parent.keys.publicKey, 0),
    },
    crypto,
  );
  return { cert, keys };
}

/** What a server certificate is for: its DNS names and IP addresses (the first is also its CN). */
export interface LeafOptions extends Validity {
  names: string[];
  commonName?: string | undefined;
}

/** A server certificate for `names`, signed by `issuer`; its key is PEM, for a TLS server to use. */
export async function issueLeaf(issuer: Authority, options: LeafOptions): Promise<Pem> {
  const x509 = await loadX509();
  const keys = await generateKeys(true);
  const cert = await x509.X509CertificateGenerator.create(
    {
      ...validity(options),
      serialNumber: randomSerialNumber(),
      subject: [{ CN: [options.commonName ?? options.names[0] ?? 'Playground Leaf'] }],
      issuer: issuer.cert.subjectName,
      publicKey: keys.publicKey,
      signingKey: issuer.keys.privateKey,
      signingAlgorithm,
      extensions: await leafExtensions(x509, options.names, keys.publicKey, issuer.keys.publicKey),
    },
    crypto,
  );
  return toPem(x509, cert, keys);
}

/** A server certificate that signs itself (it is not a CA), for `names`. */
export async function selfSignedLeaf(options: LeafOptions): Promise<Pem> {
  const x509 = await loadX509();
  const keys = await generateKeys(true);
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      ...validity(options),
      serialNumber: randomSerialNumber(),
      name: [{ CN: [options.commonName ?? options.names[0] ?? 'Playground Self-Signed'] }],
      keys,
      signingAlgorithm,
      extensions: await leafExtensions(x509, options.names, keys.publicKey, keys.publicKey),
    },
    crypto,
  );
  return toPem(x509, cert, keys);
}
