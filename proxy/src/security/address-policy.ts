import type { ProxyError } from '@playground/shared';
import ipaddr from 'ipaddr.js';
import type { ConnectPolicy } from '../engine/connect.ts';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** Why an address is refused: a code for logs and tests, and what the address is, in words. */
export interface AddressClass {
  code: string;
  what: string;
}

const V4_CLASSES: Record<string, AddressClass> = {
  unspecified: {
    code: 'UNSPECIFIED',
    what: 'the "this host" address (0.0.0.0/8), which reaches the server itself',
  },
  loopback: { code: 'LOOPBACK', what: 'a loopback address: the server itself' },
  private: { code: 'PRIVATE', what: 'a private network address (10/8, 172.16/12 or 192.168/16)' },
  linkLocal: {
    code: 'LINK_LOCAL',
    what: 'a link-local address (169.254/16), where cloud metadata services answer',
  },
  carrierGradeNat: {
    code: 'CGNAT',
    what: 'a carrier-grade NAT address (100.64/10), inside a provider network',
  },
  multicast: { code: 'MULTICAST', what: 'a multicast address (224/4)' },
  broadcast: { code: 'BROADCAST', what: 'the broadcast address' },
};

const V6_CLASSES: Record<string, AddressClass> = {
  unspecified: { code: 'UNSPECIFIED', what: 'the unspecified address (::), which reaches the server itself' },
  loopback: { code: 'LOOPBACK', what: 'a loopback address: the server itself' },
  uniqueLocal: { code: 'PRIVATE', what: 'a private network address (fc00::/7)' },
  linkLocal: { code: 'LINK_LOCAL', what: 'a link-local address (fe80::/10)' },
  deprecatedSiteLocal: { code: 'PRIVATE', what: 'a site-local address (fec0::/10)' },
  multicast: { code: 'MULTICAST', what: 'a multicast address (ff00::/8)' },
  teredo: { code: 'TUNNEL', what: 'a Teredo tunnel address (2001::/32), which hides another address inside' },
  rfc6052: { code: 'TRANSLATION', what: 'a local-use IPv4/IPv6 translation address (64:ff9b:1::/48)' },
};

const RESERVED: AddressClass = { code: 'RESERVED', what: 'a reserved or special-purpose address' };
const METADATA: AddressClass = {
  code: 'METADATA',
  what: 'a cloud metadata service, which hands out the server’s own credentials',
};

/** Cloud metadata endpoints. Most sit in ranges refused anyway; Azure's is in public space. */
const METADATA_ADDRESSES = new Set(['169.254.169.254', '168.63.129.16', 'fd00:ec2::254', '100.100.100.200']);
const METADATA_NAMES = new Set([
  'metadata.google.internal',
  'metadata.goog',
  'metadata',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.internal',
]);

/** The IPv4 address inside an IPv6 one that carries it (mapped, translated, NAT64, 6to4), if any. */
export function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const bytes = address.toByteArray();
  const range = address.range();
  const wellKnownNat64 = address.match(ipaddr.IPv6.parse('64:ff9b::'), 96);
  if (range === 'ipv4Mapped' || range === 'rfc6145' || wellKnownNat64) {
    return new ipaddr.IPv4(bytes.slice(12, 16));
  }
  if (range === '6to4') return new ipaddr.IPv4(bytes.slice(2, 6));
  return null;
}

/**
 * What a refused address is, or null for a public one. IPv4 hidden in IPv6 is judged by the IPv4
 * address inside; any other IPv6 address outside global unicast (2000::/3) is refused.
 *
 * @example
 * classifyAddress('::ffff:127.0.0.1')?.code // 'LOOPBACK'
 * classifyAddress('93.184.215.14') // null
 */
export function classifyAddress(text: string): AddressClass | null {
  if (!ipaddr.isValid(text)) return RESERVED;
  const address: Address = ipaddr.parse(text);
  if (METADATA_ADDRESSES.has(address.toNormalizedString()) || METADATA_ADDRESSES.has(address.toString()))
    return METADATA;
  if (address.kind() === 'ipv4') {
    const range = address.range();
    if (range === 'unicast') return null;
    return V4_CLASSES[range] ?? RESERVED;
  }
  const v6 = address as ipaddr.IPv6;
  const inner = embeddedIPv4(v6);
  if (inner) return classifyAddress(inner.toString());
  const range = v6.range();
  if (range !== 'unicast') return V6_CLASSES[range] ?? RESERVED;
  // ipaddr.js calls the rest "unicast", but only 2000::/3 is routed on the internet; the rest (for
  // instance ::a.b.c.d, the deprecated IPv4-compatible form) is reserved.
  if (!v6.match(ipaddr.IPv6.parse('2000::'), 3)) return RESERVED;
  return null;
}

/** One entry of an allow or deny list: an address, a CIDR range, a host name or `.domain` (its subdomains). */
type TargetMatcher = (candidate: { hostname: string; address: Address }) => boolean;

function normalName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/** Parses a list entry, saying which setting holds a bad one. */
export function targetMatcher(entry: string, setting: string): TargetMatcher {
  const text = entry.trim();
  if (text.includes('/')) {
    try {
      const range = ipaddr.parseCIDR(text);
      return ({ address }) => address.kind() === range[0].kind() && address.match(range);
    } catch {
      throw new Error(`${setting}: "${entry}" is not a valid CIDR range (e.g. 10.0.0.0/8 or fd00::/8).`);
    }
  }
  const bare = text.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(bare)) {
    const single = ipaddr.process(bare);
    return ({ address }) => address.kind() === single.kind() && address.toString() === single.toString();
  }
  const name = normalName(text);
  if (!/^\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(name)) {
    throw new Error(`${setting}: "${entry}" is not an IP address, CIDR range or host name.`);
  }
  if (name.startsWith('.')) return ({ hostname }) => normalName(hostname).endsWith(name);
  return ({ hostname }) => normalName(hostname) === name;
}

export interface AddressPolicyOptions {
  /** Shared mode: refuse loopback, private, link-local, metadata and every other non-public address. */
  blockPrivate: boolean;
  /** Reachable even when `blockPrivate` would refuse them (e.g. a lab server the class should use). */
  allow?: string[];
  /** Never reachable; wins over `allow`. */
  deny?: string[];
  /** Tests only: addresses to treat as public, so 127.0.0.2 can play a website on loopback. */
  treatAsPublic?: string[];
}

function refusal(candidate: { hostname: string; address: string }, what: string, code: string): ProxyError {
  const literal = candidate.hostname === candidate.address;
  const where = literal
    ? `${candidate.address} is`
    : `"${candidate.hostname}" leads to ${candidate.address}, which is`;
  return {
    kind: 'blocked',
    title: 'Address not reachable from a shared playground',
    message: `${where} ${what}. This address is on the server's private network; shared playgrounds can't reach it.`,
    hint: 'Use a public address, or the built-in practice server under /httpbin/. To try servers on your own computer, run the playground on it (pnpm start).',
    code: `BLOCKED_${code}`,
  };
}

function denied(candidate: { hostname: string; address: string }): ProxyError {
  const literal = candidate.hostname === candidate.address;
  return {
    kind: 'blocked',
    title: 'Address blocked by this playground',
    message: `${literal ? candidate.address : `"${candidate.hostname}" (${candidate.address})`} is on this playground's list of blocked targets.`,
    hint: 'Whoever runs this playground chose to block it. Choose another address.',
    code: 'BLOCKED_DENY_LIST',
  };
}

/**
 * The connect policy of a playground: a deny list in both modes, and in shared mode a refusal of
 * every address that is not public. It judges the resolved address the engine is about to connect
 * to, so encoded forms (2130706433, 0x7f000001, 0177.0.0.1, 127.1), IPv4 inside IPv6 and DNS tricks
 * all meet the same check. Returns undefined when there is nothing to check.
 *
 * @example
 * const policy = addressPolicy({ blockPrivate: true, allow: ['10.0.5.0/24'] });
 * policy?.({ hostname: 'localhost', address: '127.0.0.1', family: 4, port: 80 })?.code // 'BLOCKED_LOOPBACK'
 */
export function addressPolicy(options: AddressPolicyOptions): ConnectPolicy | undefined {
  const allow = (options.allow ?? []).map((entry) => targetMatcher(entry, 'PLAYGROUND_ALLOW_TARGETS'));
  const deny = (options.deny ?? []).map((entry) => targetMatcher(entry, 'PLAYGROUND_DENY_TARGETS'));
  const treatAsPublic = new Set(options.treatAsPublic ?? []);
  if (!options.blockPrivate && deny.length === 0) return undefined;

  return (candidate) => {
    if (!ipaddr.isValid(candidate.address)) return refusal(candidate, RESERVED.what, RESERVED.code);
    const address = ipaddr.parse(candidate.address);
    const inner = address.kind() === 'ipv6' ? embeddedIPv4(address as ipaddr.IPv6) : null;
    const forms = [{ hostname: candidate.hostname, address }];
    if (inner) forms.push({ hostname: candidate.hostname, address: inner });
    if (deny.some((matches) => forms.some(matches))) return denied(candidate);
    if (!options.blockPrivate) return null;
    if (allow.some((matches) => forms.some(matches))) return null;
    if (METADATA_NAMES.has(normalName(candidate.hostname))) {
      return refusal(candidate, METADATA.what, METADATA.code);
    }
    if (treatAsPublic.has(candidate.address)) return null;
    const found = classifyAddress(candidate.address);
    return found ? refusal(candidate, found.what, found.code) : null;
  };
}
