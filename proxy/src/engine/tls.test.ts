import { X509Certificate } from 'node:crypto';
import type { ServerOptions } from 'node:https';
import type { ConnectionEvent, ProxyError } from '@playground/shared';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createTestPki, type Pem, type TestPki } from '../testing/certificates.ts';
import { expectPlainWords } from '../testing/plain-words.ts';
import { type RunResult, run } from '../testing/run.ts';
import { startHttpServer, startHttpsServer } from '../testing/servers.ts';
import type { Resolver } from './connect.ts';

const day = 24 * 60 * 60 * 1000;

/** `good.test` and `other.test` are names only this resolver knows; both point at loopback. */
const resolver: Resolver = async (hostname) => {
  if (hostname === 'good.test' || hostname === 'other.test') return [{ address: '127.0.0.1', family: 4 }];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
};

let pki: TestPki;
let trusting: { extraCA: string[]; resolver: Resolver };

beforeAll(async () => {
  pki = await createTestPki();
  trusting = { extraCA: [pki.root.cert], resolver };
});

/** Starts an HTTPS server presenting `cert` (leaf + intermediate unless given), closed after the test. */
async function serve(
  pem: Pem,
  cert = pem.cert + pki.intermediate.cert,
  options: Omit<ServerOptions, 'cert' | 'key' | 'ca'> = {},
) {
  const server = await startHttpsServer((_req, res) => res.end('hello over TLS'), {
    cert,
    key: pem.key,
    ...options,
  });
  onTestFinished(() => server.close());
  return server;
}

/** A failed TLS run: nothing but one `error` event, last. */
function expectOnlyError(result: RunResult): ProxyError {
  expect(result.sequence).toEqual(['error']);
  expectPlainWords(result.error);
  return result.error!;
}

describe('HTTPS through the engine', () => {
  it('connects over a good chain and shows the certificates the server presented', async () => {
    const leaf = await pki.leaf({ names: ['good.test', '127.0.0.1'] });
    const server = await serve(leaf);

    const result = await run({ method: 'GET', url: `https://good.test:${server.port}/` }, trusting);

    expect(result.sequence).toEqual(['request', 'connection', 'response', 'body', 'end']);
    expect(result.response?.status).toBe(200);
    expect(result.body.toString()).toBe('hello over TLS');
    const connection = result.events.find((e): e is ConnectionEvent => e.type === 'connection');
    const tls = connection?.tls;
    expect(tls?.protocol).toBe('TLSv1.3');
    expect(tls?.cipher).toMatch(/^TLS_(AES|CHACHA20)_\w+$/);
    expect(tls?.alpnProtocol).toBe('http/1.1');

    const [first, second, third] = tls?.certificates ?? [];
    expect(first).toMatchObject({
      subject: 'CN=good.test',
      issuer: 'CN=Playground Test Intermediate CA',
      subjectAltNames: ['good.test', '127.0.0.1'],
      fingerprint256: new X509Certificate(leaf.cert).fingerprint256,
      selfSigned: false,
    });
    expect(first?.validFrom).toBe(new Date(first!.validFrom).toISOString());
    expect(new Date(first!.validTo).getTime()).toBeGreaterThan(Date.now() + 29 * day);
    expect(second).toMatchObject({
      subject: 'CN=Playground Test Intermediate CA',
      issuer: 'CN=Playground Test Root CA',
      fingerprint256: new X509Certificate(pki.intermediate.cert).fingerprint256,
    });
    expect(third).toMatchObject({ subject: 'CN=Playground Test Root CA', selfSigned: true });
    expect(result.end?.timings.tls).not.toBeNull();
    expect(result.end?.timings.tls).toBeGreaterThan(0);
  });

  it('connects to an IP address the certificate names', async () => {
    const server = await serve(await pki.leaf({ names: ['good.test', '127.0.0.1'] }));
    const result = await run({ method: 'GET', url: `${server.url}/` }, trusting);
    expect(result.response?.status).toBe(200);
  });

  it('connects to a server that offers TLS 1.2 at most', async () => {
    const server = await serve(await pki.leaf({ names: ['good.test'] }), undefined, {
      maxVersion: 'TLSv1.2',
    });
    const result = await run({ method: 'GET', url: `https://good.test:${server.port}/` }, trusting);
    expect(result.response?.status).toBe(200);
    const connection = result.events.find((e): e is ConnectionEvent => e.type === 'connection');
    expect(connection?.tls?.protocol).toBe('TLSv1.2');
  });
});

describe('HTTPS failures, as a learner sees them', () => {
  it('refuses an expired certificate and says when it expired', async () => {
    const leaf = await pki.leaf({
      names: ['good.test'],
      notBefore: new Date(Date.now() - 60 * day),
      notAfter: new Date(Date.now() - 30 * day),
    });
    const server = await serve(leaf);

    const error = expectOnlyError(
      await run({ method: 'GET', url: `https://good.test:${server.port}/` }, trusting),
    );

    expect(error).toMatchObject({ kind: 'tls-expired', code: 'CERT_HAS_EXPIRED' });
    const expiry = new Date(Date.now() - 30 * day).toISOString().slice(0, 10);
    expect(error.message).toContain(`expired on ${expiry}`);
    expect(error.certificates?.[0]).toMatchObject({
      subject: 'CN=good.test',
      subjectAltNames: ['good.test'],
    });
  });

  it('refuses a certificate that is not valid yet', async () => {
    const leaf = await pki.leaf({
      names: ['good.test'],
      notBefore: new Date(Date.now() + 30 * day),
      notAfter: new Date(Date.now() + 60 * day),
    });
    const server = await serve(leaf);

    const error = expectOnlyError(
      await run({ method: 'GET', url: `https://good.test:${server.port}/` }, trusting),
    );

    expect(error).toMatchObject({ kind: 'tls-not-yet-valid', code: 'CERT_NOT_YET_VALID' });
    expect(error.message).toContain(new Date(Date.now() + 30 * day).toISOString().slice(0, 10));
    expect(error.certificates?.[0]).toMatchObject({
      subject: 'CN=good.test',
      subjectAltNames: ['good.test'],
    });
  });

  it('refuses a self-signed certificate', async () => {
    const own = await pki.selfSigned({ names: ['good.test'] });
    const server = await serve(own, own.cert);

    const error = expectOnlyError(
      await run({ method: 'GET', url: `https://good.test:${server.port}/` }, trusting),
    );

    expect(error).toMatchObject({ kind: 'tls-self-signed', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(error.message).toMatch(/self-signed/);
    expect(error.certificates).toHaveLength(1);
    expect(error.certificates?.[0]).toMatchObject({
      subject: 'CN=good.test',
      issuer: 'CN=good.test',
      subjectAltNames: ['good.test'],
      selfSigned: true,
    });
  });

  it('refuses a certificate for other names and lists the names it is valid for', async () => {
    const leaf = await pki.leaf({ names: ['good.test', 'www.good.test'] });
    const server = await serve(leaf);

    const error = expectOnlyError(
      await run({ method: 'GET', url: `https://other.test:${server.port}/` }, trusting),
    );

    expect(error).toMatchObject({
      kind: 'tls-wrong-host',
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
      validNames: ['good.test', 'www.good.test'],
    });
    expect(error.message).toContain('"other.test"');
    expect(error.message).toContain('good.test, www.good.test');
    expect(error.certificates?.[0]).toMatchObject({ subject: 'CN=good.test' });
  });

  it('refuses an IP address the certificate does not name', async () => {
    const server = await serve(await pki.leaf({ names: ['good.test'] }));

    const error = expectOnlyError(await run({ method: 'GET', url: `${server.url}/` }, trusting));

    expect(error).toMatchObject({ kind: 'tls-wrong-host', validNames: ['good.test'] });
    expect(error.message).toContain('"127.0.0.1"');
  });

  it('refuses a leaf sent without its intermediate', async () => {
    const leaf = await pki.leaf({ names: ['good.test'] });
    const server = await serve(leaf, leaf.cert);

    const error = expectOnlyError(
      await run({ method: 'GET', url: `https://good.test:${server.port}/` }, trusting),
    );

    expect(error).toMatchObject({ kind: 'tls-incomplete-chain', code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
    expect(error.message).toMatch(/intermediate/);
    expect(error.certificates?.map((c) => c.subject)).toEqual(['CN=good.test']);
  });

  it('refuses a chain whose root is not trusted', async () => {
    const server = await serve(await pki.leaf({ names: ['good.test'] }));

    const error = expectOnlyError(
      await run({ method: 'GET', url: `https://good.test:${server.port}/` }, { resolver }),
    );

    expect(error).toMatchObject({ kind: 'tls-unknown-issuer', code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' });
    expect(error.certificates?.map((c) => c.subject)).toEqual([
      'CN=good.test',
      'CN=Playground Test Intermediate CA',
    ]);
  });

  it('refuses a chain that ends at an untrusted root the server sent itself', async () => {
    const leaf = await pki.leaf({ names: ['good.test'] });
    const server = await serve(leaf, leaf.cert + pki.intermediate.cert + pki.root.cert);

    const error = expectOnlyError(
      await run({ method: 'GET', url: `https://good.test:${server.port}/` }, { resolver }),
    );

    expect(error).toMatchObject({ kind: 'tls-unknown-issuer', code: 'SELF_SIGNED_CERT_IN_CHAIN' });
    expect(error.certificates?.[0]).toMatchObject({ subject: 'CN=good.test' });
  });

  it('explains a server that only speaks TLS 1.0/1.1', async () => {
    // A server capped at TLS 1.2 is still fine (see above): Node's client accepts TLS 1.2 and 1.3,
    // so only a server that tops out below 1.2 makes the version check fail.
    const server = await serve(await pki.leaf({ names: ['good.test'] }), undefined, {
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.1',
    });

    const error = expectOnlyError(
      await run({ method: 'GET', url: `https://good.test:${server.port}/` }, trusting),
    );

    expect(error).toMatchObject({ kind: 'tls-protocol', code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION' });
    expect(error.message).toMatch(/could not agree on a TLS version/);
    expect(error.hint).toMatch(/TLS 1\.2 or 1\.3/);
    expect(error.certificates).toBeUndefined(); // the handshake stopped before any certificate
  });

  it('explains a server whose ciphers the engine does not offer', async () => {
    const server = await serve(await pki.leaf({ names: ['good.test'] }), undefined, {
      maxVersion: 'TLSv1.2',
      ciphers: 'ECDHE-ECDSA-CAMELLIA128-SHA256', // left out of Node's default client cipher list
    });

    const error = expectOnlyError(
      await run({ method: 'GET', url: `https://good.test:${server.port}/` }, trusting),
    );

    expect(error).toMatchObject({ kind: 'tls-protocol', code: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE' });
    expect(error.message).toMatch(/no way of encrypting the connection in common/);
    expect(error.certificates).toBeUndefined();
  });

  it('explains https:// sent to a plain HTTP port', async () => {
    const plain = await startHttpServer((_req, res) => res.end('plain'));
    onTestFinished(() => plain.close());

    const error = expectOnlyError(
      await run({ method: 'GET', url: `https://127.0.0.1:${plain.port}/` }, trusting),
    );

    expect(error.kind).toBe('tls-protocol');
    expect(error.message).toMatch(/plain HTTP/);
    expect(`${error.message} ${error.hint}`).toContain(`http://`);
    expect(error.certificates).toBeUndefined();
  });
});
