import type { ConnectionEvent, ErrorKind, TlsPracticeId } from '@playground/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressPolicy } from '../../security/address-policy.ts';
import { expectPlainWords } from '../../testing/plain-words.ts';
import { run } from '../../testing/run.ts';
import { startHttpServer } from '../../testing/servers.ts';
import { startTlsPractice, type TlsPractice } from './tls-practice-server.ts';

let practice: TlsPractice;

beforeAll(async () => {
  practice = await startTlsPractice({ port: 0 });
});
afterAll(() => practice.close());

const url = (id: TlsPracticeId) => `https://${id}.practice.localhost:${practice.info.port}/`;

describe('the practice HTTPS endpoints, as the playground reaches them', () => {
  it('lists every endpoint with its address and what to expect', () => {
    expect(practice.info.listening).toBe(true);
    expect(practice.info.port).toBeGreaterThan(0);
    expect(practice.info.endpoints.map((e) => [e.id, e.url, e.expect])).toEqual([
      ['good', url('good'), null],
      ['expired', url('expired'), 'tls-expired'],
      ['wrong-host', url('wrong-host'), 'tls-wrong-host'],
      ['self-signed', url('self-signed'), 'tls-self-signed'],
      ['untrusted-root', url('untrusted-root'), 'tls-unknown-issuer'],
    ]);
  });

  it('verifies the good endpoint and shows its chain', async () => {
    const result = await run({ method: 'GET', url: url('good') }, { inProcess: practice.connector });

    expect(result.response?.status).toBe(200);
    expect(JSON.parse(result.body.toString())).toMatchObject({ endpoint: 'good' });
    const connection = result.events.find((e): e is ConnectionEvent => e.type === 'connection');
    expect(connection?.remoteAddress).toBe('in-process');
    expect(connection?.tls?.protocol).toBe('TLSv1.3');
    expect(connection?.tls?.certificates[0]).toMatchObject({
      subject: 'CN=good.practice.localhost',
      issuer: 'CN=HTTP Playground Practice CA',
      subjectAltNames: ['good.practice.localhost'],
    });
    expect(result.end?.timings.tls).toBeGreaterThan(0);
  });

  const refusals: [TlsPracticeId, ErrorKind, string, RegExp][] = [
    ['expired', 'tls-expired', 'CERT_HAS_EXPIRED', /expired on \d{4}-\d\d-\d\d/],
    [
      'wrong-host',
      'tls-wrong-host',
      'ERR_TLS_CERT_ALTNAME_INVALID',
      /valid for: other-site\.practice\.localhost/,
    ],
    ['self-signed', 'tls-self-signed', 'DEPTH_ZERO_SELF_SIGNED_CERT', /self-signed/],
    ['untrusted-root', 'tls-unknown-issuer', 'SELF_SIGNED_CERT_IN_CHAIN', /does not trust/],
  ];
  it.each(refusals)('refuses %s as %s, with the certificate it presented', async (id, kind, code, words) => {
    const result = await run({ method: 'GET', url: url(id) }, { inProcess: practice.connector });

    expect(result.sequence).toEqual(['error']);
    expectPlainWords(result.error);
    expect(result.error).toMatchObject({ kind, code });
    expect(result.error?.message).toMatch(words);
    expect(result.error?.certificates?.[0]?.subject).toBe(
      id === 'wrong-host' ? 'CN=other-site.practice.localhost' : `CN=${id}.practice.localhost`,
    );
  });

  it('says when the expired certificate expired: 35 days ago', async () => {
    const result = await run({ method: 'GET', url: url('expired') }, { inProcess: practice.connector });
    const expired = new Date(Date.now() - 35 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    expect(result.error?.message).toContain(`expired on ${expired}`);
  });

  it('shows the untrusted chain up to its root', async () => {
    const result = await run(
      { method: 'GET', url: url('untrusted-root') },
      { inProcess: practice.connector },
    );
    expect(result.error?.certificates?.map((c) => c.subject)).toEqual([
      'CN=untrusted-root.practice.localhost',
      'CN=Unknown Practice Intermediate CA',
      'CN=Unknown Practice Root CA',
    ]);
  });

  it('reaches them in shared mode, where loopback is refused', async () => {
    const shared = { inProcess: practice.connector, policy: addressPolicy({ blockPrivate: true }) };

    const expired = await run({ method: 'GET', url: url('expired') }, shared);
    expect(expired.error?.kind).toBe('tls-expired');
    const good = await run({ method: 'GET', url: url('good') }, shared);
    expect(good.response?.status).toBe(200);

    // Any other port of the same name is an ordinary loopback address, refused as before.
    const other = await run({ method: 'GET', url: `https://good.practice.localhost:1/` }, shared);
    expect(other.error?.kind).toBe('blocked');
  });

  it('leaves other targets to the network, and trusts the practice CA for nothing else', async () => {
    expect(
      practice.connector({ protocol: 'https:', hostname: 'example.org', port: practice.info.port }),
    ).toBeNull();
    expect(
      practice.connector({
        protocol: 'http:',
        hostname: 'good.practice.localhost',
        port: practice.info.port,
      }),
    ).toBeNull();

    // The listener presents the same certificate to the engine's own handshake, which has never
    // heard of the practice CA: the good endpoint is then an unknown authority, not a success.
    const direct = await run({ method: 'GET', url: url('good') });
    expect(direct.error?.kind).toBe('tls-unknown-issuer');
  });
});

describe('the practice HTTPS endpoints, as other programs on this computer reach them', () => {
  it.each([
    ['expired', 'tls-expired'],
    ['self-signed', 'tls-self-signed'],
    ['untrusted-root', 'tls-unknown-issuer'],
    // Name checks come after the chain is trusted, and only the playground trusts the practice CA.
    ['wrong-host', 'tls-unknown-issuer'],
  ] as const)('%s listens on 127.0.0.1 and presents its own certificate', async (id, kind) => {
    const result = await run({ method: 'GET', url: url(id) });
    expect(result.error?.kind).toBe(kind);
  });

  it('keeps working from the playground when its port is taken', async () => {
    const squatter = await startHttpServer((_req, res) => res.end('someone else'));
    const warnings: string[] = [];
    const second = await startTlsPractice({ port: squatter.port, warn: (m) => warnings.push(m) });
    try {
      expect(second.info).toMatchObject({ port: squatter.port, listening: false });
      expect(warnings.join(' ')).toMatch(
        new RegExp(`Port ${squatter.port} is in use.*PLAYGROUND_TLS_PRACTICE_PORT`),
      );
      const result = await run(
        { method: 'GET', url: `https://expired.practice.localhost:${squatter.port}/` },
        { inProcess: second.connector },
      );
      expect(result.error?.kind).toBe('tls-expired');
    } finally {
      await second.close();
      await squatter.close();
    }
  });
});
