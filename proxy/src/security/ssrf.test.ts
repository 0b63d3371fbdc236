import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolver } from '../engine/connect.ts';
import { loopbackOnly } from '../testing/loopback-guard.ts';
import { expectPlainWords } from '../testing/plain-words.ts';
import { type RunResult, run } from '../testing/run.ts';
import { type RunningServer, startHttpServer } from '../testing/servers.ts';
import { addressPolicy } from './address-policy.ts';

// The SSRF corpus: each way of reaching the server's own network meets a specific refusal. 127.0.0.2
// plays a public website; 127.0.0.1 is the private network the shared playground must not reach.

const policy = loopbackOnly(addressPolicy({ blockPrivate: true, treatAsPublic: ['127.0.0.2'] }));

/** A server on the "private" 127.0.0.1 that records whether anything reached it. */
let inside: RunningServer & { server: http.Server };
let insideReached = 0;
/** The "public" website on 127.0.0.2, at the same port, so one name can lead to either. */
let website: RunningServer & { server: http.Server };
let port = 0;

beforeAll(async () => {
  inside = await startHttpServer((_req, res) => {
    insideReached += 1;
    res.end('the private server answered');
  });
  port = inside.port;
  const redirects: Record<string, [number, string]> = {
    '/to-loopback': [302, `http://127.0.0.1:${port}/`],
    '/to-same-name': [302, '/second-hop'],
    '/to-file': [302, 'file:///etc/passwd'],
    '/to-metadata': [307, 'http://169.254.169.254/latest/'],
  };
  website = await startHttpServer(
    (req, res) => {
      const redirect = redirects[req.url ?? ''];
      if (redirect) res.writeHead(redirect[0], { Location: redirect[1] }).end();
      else res.end('the public website answered');
    },
    {},
    { host: '127.0.0.2', port },
  );
});
afterAll(async () => {
  await inside.close();
  await website.close();
});

async function refused(url: string, resolver?: Resolver): Promise<RunResult> {
  const before = insideReached;
  const result = await run({ method: 'GET', url }, { policy, resolver });
  expect(insideReached, 'the private server was reached').toBe(before);
  expect(result.events.at(-1)?.type).toBe('error');
  expectPlainWords(result.error);
  return result;
}

describe('addresses written to reach loopback', () => {
  it.each([
    ['127.0.0.1', 'BLOCKED_LOOPBACK'],
    ['2130706433', 'BLOCKED_LOOPBACK'],
    ['0x7f000001', 'BLOCKED_LOOPBACK'],
    ['0177.0.0.1', 'BLOCKED_LOOPBACK'],
    ['127.1', 'BLOCKED_LOOPBACK'],
    ['0x7f.1', 'BLOCKED_LOOPBACK'],
    ['127.0.0.1.', 'BLOCKED_LOOPBACK'],
    ['0', 'BLOCKED_UNSPECIFIED'],
    ['0.0.0.0', 'BLOCKED_UNSPECIFIED'],
    ['[::1]', 'BLOCKED_LOOPBACK'],
    ['[::]', 'BLOCKED_UNSPECIFIED'],
    ['[::ffff:127.0.0.1]', 'BLOCKED_LOOPBACK'],
    ['[::ffff:7f00:1]', 'BLOCKED_LOOPBACK'],
    ['[0:0:0:0:0:ffff:7f00:1]', 'BLOCKED_LOOPBACK'],
    ['[64:ff9b::127.0.0.1]', 'BLOCKED_LOOPBACK'],
    ['[2002:7f00:1::1]', 'BLOCKED_LOOPBACK'],
    ['[::127.0.0.1]', 'BLOCKED_RESERVED'],
    ['localhost', 'BLOCKED_LOOPBACK'],
    ['localhost.', 'BLOCKED_LOOPBACK'],
    ['LOCALHOST', 'BLOCKED_LOOPBACK'],
    ['foo.localhost', 'BLOCKED_LOOPBACK'],
  ])('refuses http://%s as %s', async (host, code) => {
    const result = await refused(`http://${host}:${port}/`);
    expect(result.sequence).toEqual(['error']);
    expect(result.error).toMatchObject({ kind: 'blocked', code });
    expect(result.error?.message).toContain("This address is on the server's private network");
  });
});

describe('private, link-local, metadata and other special addresses', () => {
  it.each([
    ['10.0.0.1', 'BLOCKED_PRIVATE'],
    ['172.16.5.4', 'BLOCKED_PRIVATE'],
    ['192.168.0.1', 'BLOCKED_PRIVATE'],
    ['169.254.169.254', 'BLOCKED_METADATA'],
    ['169.254.10.1', 'BLOCKED_LINK_LOCAL'],
    ['168.63.129.16', 'BLOCKED_METADATA'],
    ['100.64.0.1', 'BLOCKED_CGNAT'],
    ['224.0.0.251', 'BLOCKED_MULTICAST'],
    ['255.255.255.255', 'BLOCKED_BROADCAST'],
    ['[fd00:ec2::254]', 'BLOCKED_METADATA'],
    ['[fc00::1]', 'BLOCKED_PRIVATE'],
    ['[fe80::1]', 'BLOCKED_LINK_LOCAL'],
    ['[ff02::1]', 'BLOCKED_MULTICAST'],
    ['[::ffff:169.254.169.254]', 'BLOCKED_METADATA'],
    ['[64:ff9b::10.0.0.1]', 'BLOCKED_PRIVATE'],
    ['[2002:c0a8:1::1]', 'BLOCKED_PRIVATE'],
  ])('refuses http://%s as %s', async (host, code) => {
    const result = await refused(`http://${host}/`);
    expect(result.error).toMatchObject({ kind: 'blocked', code });
  });

  it('refuses a metadata host name, whatever DNS says', async () => {
    const result = await refused('http://metadata.google.internal/computeMetadata/v1/', async () => [
      { address: '127.0.0.2', family: 4 },
    ]);
    expect(result.error?.code).toBe('BLOCKED_METADATA');
  });
});

describe('names that resolve into the private network', () => {
  it('refuses a name whose answers are [public, 127.0.0.1], connecting to neither', async () => {
    let websiteReached = false;
    const onConnection = () => {
      websiteReached = true;
    };
    website.server.on('connection', onConnection);
    try {
      const result = await refused(`http://mixed.test:${port}/`, async () => [
        { address: '127.0.0.2', family: 4 },
        { address: '127.0.0.1', family: 4 },
      ]);
      expect(result.error?.code).toBe('BLOCKED_LOOPBACK');
      expect(result.error?.message).toContain('"mixed.test" leads to 127.0.0.1');
      expect(websiteReached).toBe(false);
    } finally {
      website.server.off('connection', onConnection);
    }
  });

  it('refuses DNS rebinding: the second hop to the same name resolves to loopback', async () => {
    let lookups = 0;
    const rebinding: Resolver = async () => {
      lookups += 1;
      return [{ address: lookups === 1 ? '127.0.0.2' : '127.0.0.1', family: 4 }];
    };

    const result = await refused(`http://rebind.test:${port}/to-same-name`, rebinding);

    expect(lookups).toBe(2);
    expect(result.sequence).toEqual(['request', 'connection', 'redirect', 'error']);
    const connection = result.events.find((e) => e.type === 'connection');
    expect(connection?.type === 'connection' && connection.remoteAddress).toBe('127.0.0.2');
    expect(result.error?.code).toBe('BLOCKED_LOOPBACK');
    expect(result.error?.message).toContain('"rebind.test" leads to 127.0.0.1');
  });

  it('lets the public website itself through', async () => {
    const result = await run({ method: 'GET', url: `http://127.0.0.2:${port}/` }, { policy });
    expect(result.response?.status).toBe(200);
    expect(result.body.toString()).toBe('the public website answered');
  });
});

describe('redirects', () => {
  it('refuses a redirect from a public website to a loopback port', async () => {
    const result = await refused(`http://127.0.0.2:${port}/to-loopback`);
    expect(result.sequence).toEqual(['request', 'connection', 'redirect', 'error']);
    expect(result.error).toMatchObject({ kind: 'blocked', code: 'BLOCKED_LOOPBACK' });
  });

  it('refuses a 307 redirect to the metadata service', async () => {
    const result = await refused(`http://127.0.0.2:${port}/to-metadata`);
    expect(result.error?.code).toBe('BLOCKED_METADATA');
  });

  it('does not follow a redirect to file:', async () => {
    const result = await refused(`http://127.0.0.2:${port}/to-file`);
    expect(result.error).toMatchObject({ kind: 'unsupported-scheme', title: 'Unsupported redirect' });
    expect(result.error?.message).toContain('file://');
  });
});

describe('schemes other than http and https', () => {
  it.each([
    ['file:///etc/passwd', 'file:'],
    ['gopher://127.0.0.1:6379/_INFO', 'gopher:'],
    ['ftp://127.0.0.1/', 'ftp:'],
  ])('refuses %s before anything is sent', async (url, scheme) => {
    const result = await refused(url);
    expect(result.sequence).toEqual(['error']);
    expect(result.error).toMatchObject({ kind: 'unsupported-scheme', field: 'url' });
    expect(result.error?.message).toContain(`not ${scheme}//`);
  });

  it('refuses data: as an unsupported scheme, before anything is sent', async () => {
    const result = await refused('data:text/plain,hello');
    expect(result.sequence).toEqual(['error']);
    expect(result.error).toMatchObject({ kind: 'unsupported-scheme', field: 'url' });
    expect(result.error?.message).toContain('not data:');
  });
});
