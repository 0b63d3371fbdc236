import { createPrivateKey, X509Certificate } from 'node:crypto';
import https from 'node:https';
import tls from 'node:tls';
import { beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { createTestPki, type Pem, type TestPki } from './certificates.ts';
import { startHttpsServer } from './servers.ts';

let pki: TestPki;
let localhost: Pem;

beforeAll(async () => {
  pki = await createTestPki();
  localhost = await pki.leaf({ names: ['localhost', '127.0.0.1', '::1'] });
});

const day = 24 * 60 * 60 * 1000;

/** Serves `cert` (a leaf, optionally followed by more PEMs) on loopback until the test ends. */
async function serve(cert: string, key: string) {
  const server = await startHttpsServer((_req, res) => res.end('hello over TLS'), { cert, key });
  onTestFinished(() => server.close());
  return server;
}

/** Completes a TLS handshake with full verification and says `trusted` or the error code Node gave. */
function handshake(port: number, options: tls.ConnectionOptions): Promise<string> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, ...options }, () => {
      socket.end();
      resolve('trusted');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

function get(url: string, options: https.RequestOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ...options, agent: false }, (res) => {
        res.setEncoding('utf8');
        let body = '';
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}

describe('a leaf served with its intermediate', () => {
  test('is trusted by a client that trusts only the root, by DNS name and by IP address', async () => {
    const { port, url } = await serve(localhost.cert + pki.intermediate.cert, localhost.key);

    expect(await handshake(port, { servername: 'localhost', ca: [pki.root.cert] })).toBe('trusted');
    expect(await handshake(port, { ca: [pki.root.cert] })).toBe('trusted');
    expect(await get(url, { servername: 'localhost', ca: [pki.root.cert] })).toBe('hello over TLS');
  });

  test('is rejected by a client that does not trust the root, which the server did not send', async () => {
    const { port } = await serve(localhost.cert + pki.intermediate.cert, localhost.key);

    expect(await handshake(port, { servername: 'localhost' })).toBe('UNABLE_TO_GET_ISSUER_CERT_LOCALLY');
  });

  test('is rejected as self-signed in the chain when the server also sends the untrusted root', async () => {
    const { port } = await serve(localhost.cert + pki.intermediate.cert + pki.root.cert, localhost.key);

    expect(await handshake(port, { servername: 'localhost' })).toBe('SELF_SIGNED_CERT_IN_CHAIN');
  });
});

describe('a broken certificate is rejected with the code the proxy has to explain', () => {
  const trustingRoot = () => ({ servername: 'localhost', ca: [pki.root.cert] });

  test('a leaf served without its intermediate', async () => {
    const { port } = await serve(localhost.cert, localhost.key);

    expect(await handshake(port, trustingRoot())).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });

  test('an expired leaf', async () => {
    const now = Date.now();
    const expired = await pki.leaf({
      names: ['localhost'],
      notBefore: new Date(now - 30 * day),
      notAfter: new Date(now - day),
    });
    const { port } = await serve(expired.cert + pki.intermediate.cert, expired.key);

    expect(await handshake(port, trustingRoot())).toBe('CERT_HAS_EXPIRED');
  });

  test('a leaf that is not valid yet', async () => {
    const now = Date.now();
    const early = await pki.leaf({
      names: ['localhost'],
      notBefore: new Date(now + day),
      notAfter: new Date(now + 30 * day),
    });
    const { port } = await serve(early.cert + pki.intermediate.cert, early.key);

    expect(await handshake(port, trustingRoot())).toBe('CERT_NOT_YET_VALID');
  });

  test('a self-signed leaf', async () => {
    const selfSigned = await pki.selfSigned({ names: ['localhost'] });
    const { port } = await serve(selfSigned.cert, selfSigned.key);

    expect(await handshake(port, trustingRoot())).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
  });

  test('a leaf for other names', async () => {
    const other = await pki.leaf({ names: ['example.test', '192.0.2.1'] });
    const { port } = await serve(other.cert + pki.intermediate.cert, other.key);

    expect(await handshake(port, trustingRoot())).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    expect(await handshake(port, { ca: [pki.root.cert] })).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  });
});

test('certificates carry the names, roles and keys they were made for', () => {
  const root = new X509Certificate(pki.root.cert);
  const intermediate = new X509Certificate(pki.intermediate.cert);
  const leaf = new X509Certificate(localhost.cert);

  expect(root.subject).toBe('CN=Playground Test Root CA');
  expect(root.ca && root.verify(root.publicKey)).toBe(true);
  expect(intermediate.ca && intermediate.checkIssued(root) && intermediate.verify(root.publicKey)).toBe(true);
  expect(leaf.ca).toBe(false);
  expect(leaf.checkIssued(intermediate) && leaf.verify(intermediate.publicKey)).toBe(true);
  expect([leaf.checkHost('localhost'), leaf.checkIP('127.0.0.1'), leaf.checkIP('::1')]).toEqual([
    'localhost',
    '127.0.0.1',
    '::1',
  ]);
  expect(leaf.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
  expect(leaf.checkPrivateKey(createPrivateKey(localhost.key))).toBe(true);
});
