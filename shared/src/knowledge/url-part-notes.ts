import { type RawUrlRanges, SPECIAL_SCHEMES } from './url-ranges.ts';

type Kind = 'scheme' | 'userinfo' | 'host' | 'port' | 'path' | 'query' | 'fragment';

const IP_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|\[.*\])$/;

function schemeNote(scheme: string, implied: boolean): string {
  const given = implied ? `Not written, so ${scheme} is assumed. ` : '';
  if (scheme === 'https') {
    return `${given}HTTP over TLS: the connection is encrypted and the server proves who it is with a certificate.`;
  }
  if (scheme === 'http') {
    return `${given}Plain HTTP: nothing is encrypted, so anyone on the network path can read or change it. Prefer https.`;
  }
  if (scheme === 'ws' || scheme === 'wss') {
    return `A WebSocket address (${scheme === 'wss' ? 'encrypted, like https' : 'plain, like http'}): it starts with an HTTP request that asks to upgrade the connection.`;
  }
  return `The ${scheme} scheme is not HTTP: the playground sends http:// and https:// addresses only.`;
}

function portNote(scheme: string, port: string, written: boolean): string {
  const standard = SPECIAL_SCHEMES[scheme];
  if (!written) return `Not written, so the default for ${scheme} is used: ${standard}.`;
  if (port === '' && standard != null) {
    return `${standard} is the default for ${scheme}: writing it is the same as leaving it out.`;
  }
  return `The TCP port to connect to${standard != null ? `, instead of the default ${standard}` : ''}. It goes in the Host header too.`;
}

/** What each part of this address does, in plain words. */
export function partNotes(
  url: URL,
  text: string,
  ranges: RawUrlRanges,
  schemeImplied: boolean,
): Record<Kind, string> {
  const scheme = url.protocol.slice(0, -1);
  const hostTyped = ranges.host ? text.slice(ranges.host.start, ranges.host.end) : '';
  const hostRead =
    hostTyped !== url.hostname
      ? ` Read as ${url.hostname}: host names ignore case${url.hostname.includes('xn--') ? ', and other alphabets are written as xn-- (punycode)' : ''}.`
      : '';
  const hostKind = IP_ADDRESS.test(url.hostname)
    ? 'An IP address, so there is no DNS lookup.'
    : "The server's name, looked up in DNS to find its IP address.";
  const pathTyped = text.slice(ranges.path.start, ranges.path.end);
  const pathRead =
    pathTyped === ''
      ? ' Not written, so the request asks for /.'
      : pathTyped !== url.pathname
        ? ` Sent as ${url.pathname}: characters a path cannot hold are percent-encoded, "." and ".." steps resolved.`
        : '';
  const portTyped = ranges.port ? text.slice(ranges.port.start, ranges.port.end) : '';
  return {
    scheme: schemeNote(scheme, schemeImplied),
    userinfo:
      'A user name (and password) in the address. They are not sent in it: the playground turns them into Basic auth (an Authorization header) unless the Auth tab sets credentials. Anyone who sees the address sees them.',
    host: `${hostKind} It is also sent in the Host header, so one server can host many sites.${hostRead}`,
    port: portNote(scheme, url.port, portTyped !== ''),
    path:
      scheme in SPECIAL_SCHEMES
        ? `Which resource on the server. It goes on the request line, e.g. GET ${url.pathname} HTTP/1.1.${pathRead}`
        : `What the ${scheme} address points at.`,
    query:
      'Name=value pairs after ?, joined by &. They are sent with the path; servers decode %XX and + (a space) as shown.',
    fragment:
      "Not sent to the server. The part after # stays in the browser, which uses it to scroll to a place in the page (or lets the page's scripts read it).",
  };
}
