import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { loopbackOnly } from '../testing/loopback-guard.ts';
import { expectPlainWords } from '../testing/plain-words.ts';
import { run } from '../testing/run.ts';
import { addressPolicy, classifyAddress, targetMatcher } from './address-policy.ts';

const shared = addressPolicy({ blockPrivate: true })!;
const candidate = (address: string, hostname = address) => ({
  hostname,
  address,
  family: (address.includes(':') ? 6 : 4) as 4 | 6,
  port: 80,
});

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'LOOPBACK'],
    ['127.255.255.254', 'LOOPBACK'],
    ['10.1.2.3', 'PRIVATE'],
    ['172.16.0.1', 'PRIVATE'],
    ['172.31.255.255', 'PRIVATE'],
    ['192.168.1.1', 'PRIVATE'],
    ['169.254.1.1', 'LINK_LOCAL'],
    ['169.254.169.254', 'METADATA'],
    ['168.63.129.16', 'METADATA'],
    ['100.64.0.1', 'CGNAT'],
    ['100.100.100.200', 'METADATA'],
    ['0.0.0.0', 'UNSPECIFIED'],
    ['0.1.2.3', 'UNSPECIFIED'],
    ['224.0.0.1', 'MULTICAST'],
    ['255.255.255.255', 'BROADCAST'],
    ['240.0.0.1', 'RESERVED'],
    ['192.0.2.1', 'RESERVED'],
    ['198.18.0.1', 'RESERVED'],
    ['::1', 'LOOPBACK'],
    ['::', 'UNSPECIFIED'],
    ['fc00::1', 'PRIVATE'],
    ['fd12:3456::1', 'PRIVATE'],
    ['fd00:ec2::254', 'METADATA'],
    ['fe80::1', 'LINK_LOCAL'],
    ['fec0::1', 'PRIVATE'],
    ['ff02::1', 'MULTICAST'],
    ['2001:db8::1', 'RESERVED'],
    ['2001::1', 'TUNNEL'],
    ['64:ff9b:1::1', 'TRANSLATION'],
    ['::7f00:1', 'RESERVED'],
    ['100::1', 'RESERVED'],
    ['::ffff:127.0.0.1', 'LOOPBACK'],
    ['::ffff:7f00:1', 'LOOPBACK'],
    ['::ffff:0:a00:1', 'PRIVATE'],
    ['64:ff9b::7f00:1', 'LOOPBACK'],
    ['64:ff9b::a9fe:a9fe', 'METADATA'],
    ['2002:7f00:1::', 'LOOPBACK'],
    ['2002:c0a8:101::1', 'PRIVATE'],
    ['not an address', 'RESERVED'],
  ])('refuses %s as %s', (address, code) => {
    expect(classifyAddress(address)?.code).toBe(code);
  });

  it.each([
    '93.184.215.14',
    '1.1.1.1',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('lets the public address %s through', (address) => {
    expect(classifyAddress(address)).toBeNull();
  });
});

describe('addressPolicy', () => {
  it('checks nothing in local mode without a deny list', () => {
    expect(addressPolicy({ blockPrivate: false })).toBeUndefined();
  });

  it('refuses in words naming the name and the address it led to', () => {
    const error = shared(candidate('127.0.0.1', 'foo.localhost'))!;
    expect(error).toMatchObject({ kind: 'blocked', code: 'BLOCKED_LOOPBACK' });
    expect(error.message).toBe(
      `"foo.localhost" leads to 127.0.0.1, which is a loopback address: the server itself. This address is on the server's private network; shared playgrounds can't reach it.`,
    );
    expectPlainWords(error);
  });

  it('refuses metadata host names whatever they resolve to', () => {
    const policy = addressPolicy({ blockPrivate: true, treatAsPublic: [] })!;
    expect(policy(candidate('93.184.215.14', 'metadata.google.internal.'))?.code).toBe('BLOCKED_METADATA');
  });

  it('lets allow-listed ranges and names through in shared mode', () => {
    const policy = addressPolicy({ blockPrivate: true, allow: ['10.0.5.0/24', 'lab.school.test'] })!;
    expect(policy(candidate('10.0.5.7'))).toBeNull();
    expect(policy(candidate('10.0.6.7'))?.code).toBe('BLOCKED_PRIVATE');
    expect(policy(candidate('192.168.1.9', 'LAB.school.test.'))).toBeNull();
    expect(policy(candidate('192.168.1.9', 'other.school.test'))?.code).toBe('BLOCKED_PRIVATE');
  });

  it('refuses deny-listed targets in either mode, over the allow list and inside IPv6', () => {
    for (const blockPrivate of [false, true]) {
      const policy = addressPolicy({
        blockPrivate,
        allow: ['203.0.113.0/24'],
        deny: ['203.0.113.9', '.tracker.test', '2001:db8:99::/48'],
      })!;
      expect(policy(candidate('203.0.113.9'))?.code).toBe('BLOCKED_DENY_LIST');
      expect(policy(candidate('64:ff9b::cb00:7109'))?.code).toBe('BLOCKED_DENY_LIST');
      expect(policy(candidate('93.184.215.14', 'a.tracker.test'))?.code).toBe('BLOCKED_DENY_LIST');
      expect(policy(candidate('2001:db8:99::1'))?.code).toBe('BLOCKED_DENY_LIST');
    }
    const local = addressPolicy({ blockPrivate: false, deny: ['203.0.113.9'] })!;
    expect(local(candidate('127.0.0.1'))).toBeNull();
  });

  it('says which setting holds an entry it cannot read', () => {
    expect(() => targetMatcher('10.0.0.0/33', 'PLAYGROUND_DENY_TARGETS')).toThrow(
      /PLAYGROUND_DENY_TARGETS: "10.0.0.0\/33" is not a valid CIDR range/,
    );
    expect(() => targetMatcher('bad_name!', 'PLAYGROUND_ALLOW_TARGETS')).toThrow(/not an IP address/);
  });
});

// Property tests: an address inside a refused range, written in any form a URL accepts, is refused
// by the engine with that range's code. The loopback guard keeps a wrong verdict from connecting.

const V4_RANGES: [string, string[]][] = [
  ['127.0.0.0/8', ['LOOPBACK']],
  ['10.0.0.0/8', ['PRIVATE']],
  ['172.16.0.0/12', ['PRIVATE']],
  ['192.168.0.0/16', ['PRIVATE']],
  ['169.254.0.0/16', ['LINK_LOCAL', 'METADATA']],
  ['100.64.0.0/10', ['CGNAT', 'METADATA']],
  ['0.0.0.0/8', ['UNSPECIFIED']],
  ['224.0.0.0/4', ['MULTICAST']],
  ['240.0.0.0/4', ['RESERVED', 'BROADCAST']],
  ['192.0.2.0/24', ['RESERVED']],
  ['198.18.0.0/15', ['RESERVED']],
];

const v4InRefusedRange = fc
  .tuple(fc.constantFrom(...V4_RANGES), fc.integer({ min: 0, max: 0xffffffff }))
  .map(([[cidr, codes], random]) => {
    const [base, bits] = ipaddr.IPv4.parseCIDR(cidr);
    const start = base.toByteArray().reduce((n, byte) => n * 256 + byte, 0);
    const size = 2 ** (32 - bits);
    return { value: start + (random % size), codes };
  });

const bytesOf = (value: number) => [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
const hex16 = (a: number, b: number) => ((a << 8) | b).toString(16);
const part = (n: number, radix: 'dec' | 'hex' | 'oct') =>
  radix === 'dec' ? String(n) : radix === 'hex' ? `0x${n.toString(16)}` : `0${n.toString(8)}`;

/** The ways WHATWG URL parsing accepts to write one IPv4 address, plain or inside IPv6. */
const V4_FORMS: ((value: number, radix: 'dec' | 'hex' | 'oct') => string)[] = [
  (v) => bytesOf(v).join('.'),
  (v) => String(v),
  (v) => `0x${v.toString(16)}`,
  (v) => `0${v.toString(8)}`,
  (v, radix) =>
    bytesOf(v)
      .map((n) => part(n, radix))
      .join('.'),
  (v, radix) => [...bytesOf(v).slice(0, 2).map(String), part(v & 0xffff, radix)].join('.'),
  (v, radix) => [String(v >>> 24), part(v & 0xffffff, radix)].join('.'),
  (v) => `${bytesOf(v).join('.')}.`,
  (v) => `[::ffff:${bytesOf(v).join('.')}]`,
  (v) => {
    const b = bytesOf(v);
    return `[::FFFF:${hex16(b[0]!, b[1]!)}:${hex16(b[2]!, b[3]!)}]`;
  },
  (v) => `[0:0:0:0:0:ffff:${bytesOf(v).join('.')}]`,
  (v) => `[::ffff:0:${bytesOf(v).join('.')}]`,
  (v) => `[64:ff9b::${bytesOf(v).join('.')}]`,
  (v) => {
    const b = bytesOf(v);
    return `[2002:${hex16(b[0]!, b[1]!)}:${hex16(b[2]!, b[3]!)}::1]`;
  },
];

const V6_RANGES: [string, string][] = [
  ['fc00::/7', 'PRIVATE'],
  ['fe80::/10', 'LINK_LOCAL'],
  ['ff00::/8', 'MULTICAST'],
  ['2001:db8::/32', 'RESERVED'],
  ['::1/128', 'LOOPBACK'],
];

const v6InRefusedRange = fc
  .tuple(
    fc.constantFrom(...V6_RANGES),
    fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 16, maxLength: 16 }),
  )
  .map(([[cidr, code], random]) => {
    const [base, bits] = ipaddr.IPv6.parseCIDR(cidr);
    const bytes = base.toByteArray().map((byte, i) => {
      const kept = Math.max(0, Math.min(8, bits - i * 8));
      const mask = (0xff << (8 - kept)) & 0xff;
      return (byte & mask) | (random[i]! & ~mask & 0xff);
    });
    return { address: ipaddr.fromByteArray(bytes) as ipaddr.IPv6, code };
  })
  // fd00:ec2::254 is refused as METADATA rather than PRIVATE; a random draw landing there is fine too.
  .filter(({ address }) => address.toString() !== 'fd00:ec2::254');

async function refusal(host: string) {
  const result = await run({ method: 'GET', url: `http://${host}:8080/` }, { policy: loopbackOnly(shared) });
  return result.error;
}

describe('every address in a refused range is refused, however it is written', () => {
  it('IPv4, in every notation the URL parser accepts, plain or inside IPv6', async () => {
    await fc.assert(
      fc.asyncProperty(
        v4InRefusedRange,
        fc.integer({ min: 0, max: V4_FORMS.length - 1 }),
        fc.constantFrom('dec' as const, 'hex' as const, 'oct' as const),
        async ({ value, codes }, form, radix) => {
          const error = await refusal(V4_FORMS[form]!(value, radix));
          expect(error?.kind).toBe('blocked');
          expect(codes.map((code) => `BLOCKED_${code}`)).toContain(error?.code);
          expect(error?.message).toContain("shared playgrounds can't reach it");
        },
      ),
      { numRuns: 400 },
    );
  });

  it('IPv6, compressed, in full and in capitals', async () => {
    await fc.assert(
      fc.asyncProperty(
        v6InRefusedRange,
        fc.constantFrom('short', 'full', 'upper'),
        async ({ address, code }, form) => {
          const text =
            form === 'short'
              ? address.toString()
              : form === 'full'
                ? address.toNormalizedString()
                : address.toString().toUpperCase();
          const error = await refusal(`[${text}]`);
          expect(error?.code).toBe(`BLOCKED_${code}`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
