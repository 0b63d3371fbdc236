import { decodePercent, type RawUrlRanges, SPECIAL_SCHEMES, type TextRange } from './url-ranges.ts';

/** Why the WHATWG parser refused an address, and where. */
export interface UrlProblem {
  message: string;
  at: TextRange | null;
}

// Characters the URL Standard forbids in a host (after the delimiters / ? # @ : are taken out):
// C0 controls, space, DEL and these.
const FORBIDDEN_PRINTABLE = '<>[]^|';

function forbiddenInHost(host: string): number {
  for (let i = 0; i < host.length; i++) {
    const code = host.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || FORBIDDEN_PRINTABLE.includes(host[i]!)) return i;
  }
  return -1;
}

const EXAMPLE = 'An address looks like https://example.com/path?name=value.';

function describe(char: string): string {
  if (char === ' ') return 'a space';
  if (char === '\t') return 'a tab';
  if (char.charCodeAt(0) < 0x20 || char === '\u007f') return 'an invisible control character';
  return `"${char}"`;
}

/**
 * A character no host may hold, typed or percent-encoded (`%20`), in an http(s)/ws(s) address.
 * Checked before parsing as well: Chromium's parser accepts `exa mple.com` as `exa%20mple.com`,
 * where the URL Standard (and Node, which sends the request) refuses it.
 */
export function hostCharacterProblem(text: string, ranges: RawUrlRanges): UrlProblem | null {
  const scheme = ranges.scheme ? text.slice(ranges.scheme.start, ranges.scheme.end).toLowerCase() : '';
  if (!ranges.host || !(scheme in SPECIAL_SCHEMES) || scheme === 'file') return null;
  const host = text.slice(ranges.host.start, ranges.host.end);
  if (host.startsWith('[')) return null;
  const bad = forbiddenInHost(host);
  if (bad !== -1) {
    const at = ranges.host.start + bad;
    return {
      message: `The host "${host}" has ${describe(host[bad]!)} in it, which a host name cannot have. Host names are letters, digits, hyphens and dots.`,
      at: { start: at, end: at + 1 },
    };
  }
  const decoded = decodePercent(host);
  const badDecoded = forbiddenInHost(decoded);
  if (decoded !== host && (badDecoded !== -1 || decoded.includes('%'))) {
    return {
      message: `The host "${host}" stands for ${badDecoded !== -1 ? describe(decoded[badDecoded]!) : '"%"'} once its %XX codes are decoded, which a host name cannot have. Host names are letters, digits, hyphens and dots.`,
      at: ranges.host,
    };
  }
  return null;
}

/**
 * Names what is wrong with an address the parser refused (`text` has a scheme). Checked in the
 * order a learner would fix things: the host first, then the port.
 */
export function urlProblem(text: string, ranges: RawUrlRanges): UrlProblem {
  const scheme = ranges.scheme ? text.slice(ranges.scheme.start, ranges.scheme.end).toLowerCase() : '';
  const special = scheme in SPECIAL_SCHEMES;
  const host = ranges.host ? text.slice(ranges.host.start, ranges.host.end) : '';
  if (special && ranges.host && host === '') {
    return {
      message: `There is no host after "${scheme}://". Add the server's name, e.g. ${scheme}://example.com/.`,
      at: ranges.host,
    };
  }
  if (ranges.host && host.startsWith('[')) {
    return {
      message: `"${host}" is not a valid IPv6 address. Between [ and ] goes an IPv6 address, e.g. http://[::1]:8080/.`,
      at: ranges.host,
    };
  }
  const character = hostCharacterProblem(text, ranges);
  if (character) return character;
  const port = ranges.port ? text.slice(ranges.port.start, ranges.port.end) : '';
  if (ranges.port && !/^\d*$/.test(port)) {
    return {
      message: `The port "${port}" is not a number. A port is written after the host as digits, e.g. localhost:8080.`,
      at: ranges.port,
    };
  }
  if (ranges.port && Number(port) > 65535) {
    return { message: `The port ${port} is too large: ports go from 0 to 65535.`, at: ranges.port };
  }
  if (ranges.host && /^[\d.]+$/.test(host)) {
    return {
      message: `"${host}" is not a valid IPv4 address: it is four numbers from 0 to 255, e.g. 127.0.0.1.`,
      at: ranges.host,
    };
  }
  if (ranges.host && host !== '') {
    return {
      message: `"${host}" is not a valid host name: check it for stray characters. ${EXAMPLE}`,
      at: ranges.host,
    };
  }
  return { message: `This is not a valid web address: check for typos. ${EXAMPLE}`, at: null };
}
