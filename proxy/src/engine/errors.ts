import type { CertificateInfo, ErrorKind, ProxyError, TimeoutPhase } from '@playground/shared';

/** A failure with no HTTP response, already described for the learner. */
export class EngineFailure extends Error {
  override name = 'EngineFailure';
  constructor(readonly proxyError: ProxyError) {
    super(proxyError.message);
  }
}

/** Builds a failure in one line. */
export function fail(
  kind: ErrorKind,
  title: string,
  message: string,
  hint: string,
  extra: Partial<ProxyError> = {},
) {
  return new EngineFailure({ kind, title, message, hint, ...extra });
}

function seconds(ms: number): string {
  // Below a second, "0.1 s" would round 150 ms away; say the milliseconds as set.
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * `imposed`: the limit that ran out is the playground's own (a shared playground caps every
 * request), not one the learner can raise in the request options.
 */
export function timeoutFailure(
  phase: TimeoutPhase,
  ms: number,
  where: string,
  imposed = false,
): EngineFailure {
  const what = {
    connect: `Could not connect to ${where} within ${seconds(ms)}.`,
    'first-byte': `${where} accepted the request but sent no answer within ${seconds(ms)}.`,
    total: `The whole request to ${where} took longer than the ${seconds(ms)} allowed.`,
  }[phase];
  const hint = {
    connect:
      'The server may be down, or a firewall may be dropping the connection. Check the address and port.',
    'first-byte': 'The server may be busy or stuck. Try again, or allow more time in the request options.',
    total: imposed
      ? `This playground allows each request at most ${seconds(ms)}. Ask for less data, or try a faster server.`
      : 'For a large or slow response, allow more time in the request options.',
  }[phase];
  return fail('timeout', 'Timed out', what, hint, { phase });
}

interface TlsContext {
  host: string;
  certificates: CertificateInfo[];
}

const TLS_CODES: Record<
  string,
  { kind: ErrorKind; title: string; message: (c: TlsContext) => string; hint: string }
> = {
  CERT_HAS_EXPIRED: {
    kind: 'tls-expired',
    title: 'Certificate expired',
    message: (c) =>
      `${c.host} presented a certificate that expired${c.certificates[0] ? ` on ${c.certificates[0].validTo.slice(0, 10)}` : ''}. ` +
      'An expired certificate can no longer prove the server is who it claims to be, so the connection was not trusted.',
    hint: "The site's owner must renew the certificate. If it is your own server, check its certificate; also check your computer's clock.",
  },
  CERT_NOT_YET_VALID: {
    kind: 'tls-not-yet-valid',
    title: 'Certificate not yet valid',
    message: (c) =>
      `${c.host} presented a certificate that only becomes valid${c.certificates[0] ? ` on ${c.certificates[0].validFrom.slice(0, 10)}` : ' later'}.`,
    hint: "Check your computer's clock and date; otherwise the server's certificate was issued with wrong dates.",
  },
  DEPTH_ZERO_SELF_SIGNED_CERT: {
    kind: 'tls-self-signed',
    title: 'Self-signed certificate',
    message: (c) =>
      `${c.host} presented a self-signed certificate: it vouches for itself, and no authority your computer trusts vouches for it.`,
    hint: 'For your own development server, create a local CA and start the playground with NODE_EXTRA_CA_CERTS=/path/to/ca.pem. Never turn verification off.',
  },
  SELF_SIGNED_CERT_IN_CHAIN: {
    kind: 'tls-unknown-issuer',
    title: 'Untrusted certificate authority',
    message: (c) =>
      `${c.host}'s certificate chain ends at a root certificate authority that your computer does not trust.`,
    hint: 'If this is a company or development CA you trust, start the playground with NODE_EXTRA_CA_CERTS=/path/to/ca.pem.',
  },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: {
    kind: 'tls-unknown-issuer',
    title: 'Unknown certificate authority',
    message: (c) =>
      `${c.host}'s certificate was issued by an authority your computer does not know or trust.`,
    hint: 'If you trust this authority (e.g. a company or development CA), start the playground with NODE_EXTRA_CA_CERTS=/path/to/ca.pem.',
  },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
    kind: 'tls-incomplete-chain',
    title: 'Incomplete certificate chain',
    message: (c) =>
      `${c.host} sent its certificate without the intermediate certificate that links it to a trusted authority.`,
    hint: 'The server should send its full chain (leaf + intermediates). Browsers sometimes fetch the missing piece themselves, which is why a site can look fine in a browser.',
  },
  UNABLE_TO_GET_ISSUER_CERT: {
    kind: 'tls-incomplete-chain',
    title: 'Incomplete certificate chain',
    message: (c) => `${c.host} sent a certificate chain with a missing link.`,
    hint: 'The server should send its full chain (leaf + intermediates).',
  },
  ERR_TLS_CERT_ALTNAME_INVALID: {
    kind: 'tls-wrong-host',
    title: 'Certificate is for another name',
    message: (c) => {
      const names = c.certificates[0]?.subjectAltNames ?? [];
      return `${c.host} presented a certificate that is not valid for "${c.host}"${names.length ? `; it is valid for: ${names.join(', ')}` : ''}.`;
    },
    hint: 'Use one of the names the certificate is valid for, or fix the server to present the right certificate.',
  },
};

/** Both sides speak TLS, but no version both accept: Node's client allows TLS 1.2 and 1.3 only. */
const TLS_VERSION_CODES = new Set([
  'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
  'ERR_SSL_UNSUPPORTED_PROTOCOL',
  'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
  'ERR_SSL_VERSION_TOO_LOW',
  'ERR_SSL_UNSUPPORTED_SSL_VERSION',
]);

/** The handshake stopped over something other than the version: ciphers, signature algorithms, ... */
const TLS_NEGOTIATION_CODES = new Set([
  'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
  'ERR_SSL_NO_SHARED_CIPHER',
  'ERR_SSL_NO_CIPHERS_AVAILABLE',
  'ERR_SSL_NO_SUITABLE_SIGNATURE_ALGORITHM',
]);

/**
 * OpenSSL's messages are a dump of its error queue (`8046…:error:0A00042E:SSL routines:fn:tlsv1 alert
 * protocol version:../deps/…/rec_layer_s3.c:1601:SSL alert number 70`); only the reason is words.
 */
function opensslReason(message: string): string {
  const reason = /SSL routines:[^:]*:([^:\n]+)/.exec(message)?.[1] ?? message.split('\n')[0] ?? '';
  return reason.trim();
}

/** A TLS handshake or verification failure, with the certificate the server presented. */
export function tlsFailure(err: NodeJS.ErrnoException, context: TlsContext): EngineFailure {
  const code = err.code ?? 'TLS_ERROR';
  const known = TLS_CODES[code];
  const extra = {
    code,
    certificates: context.certificates.length > 0 ? context.certificates : undefined,
  };
  if (known) {
    const validNames =
      known.kind === 'tls-wrong-host' ? (context.certificates[0]?.subjectAltNames ?? []) : undefined;
    return fail(known.kind, known.title, known.message(context), known.hint, { ...extra, validNames });
  }
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG') {
    return fail(
      'tls-protocol',
      'Not an HTTPS server',
      `${context.host} did not answer the HTTPS handshake; the server on that port probably speaks plain HTTP.`,
      'Try the address with http:// instead of https://.',
      extra,
    );
  }
  const reason = opensslReason(err.message);
  if (TLS_VERSION_CODES.has(code) || (!TLS_NEGOTIATION_CODES.has(code) && /protocol|version/i.test(reason))) {
    return fail(
      'tls-protocol',
      'TLS version mismatch',
      `${context.host} and the playground could not agree on a TLS version: the playground accepts TLS 1.2 and 1.3 only, and the server offered neither.`,
      'The server probably only offers old, insecure TLS versions (1.0/1.1). Its owner should enable TLS 1.2 or 1.3.',
      extra,
    );
  }
  // Older Node versions report every handshake failure as a bare EPROTO.
  if (TLS_NEGOTIATION_CODES.has(code) || code === 'EPROTO') {
    return fail(
      'tls-protocol',
      'TLS handshake refused',
      `${context.host} ended the secure (TLS) handshake: it and the playground have no way of encrypting the connection in common.`,
      'The server may only allow old, weak ciphers, or want a client certificate. Its owner should enable the modern TLS 1.2/1.3 ciphers.',
      extra,
    );
  }
  return fail(
    'tls-other',
    'Secure connection failed',
    `The secure (TLS) connection to ${context.host} failed (${reason}).`,
    "The server's certificate or TLS setup is not accepted. Check the certificate shown below.",
    extra,
  );
}

/** A TCP-level or DNS failure, described for the learner. */
export function networkFailure(err: NodeJS.ErrnoException, host: string, port: number): EngineFailure {
  const code = err.code ?? 'UNKNOWN';
  const where = `${host}:${port}`;
  switch (code) {
    case 'ENOTFOUND':
    case 'ENODATA':
    case 'ESERVFAIL':
    case 'EAI_NONAME':
    case 'EAI_NODATA':
      return fail(
        'dns',
        'Address not found',
        `The name "${host}" could not be found: the DNS lookup returned no address for it.`,
        'Check the spelling of the address. Without internet, use the built-in practice server under /httpbin/.',
        { code },
      );
    case 'EAI_AGAIN':
      return fail(
        'dns',
        'DNS lookup failed',
        `Looking up "${host}" failed for now: the DNS server did not answer.`,
        'Check your internet connection. Without internet, use the built-in practice server under /httpbin/.',
        { code },
      );
    case 'ECONNREFUSED':
      return fail(
        'connection-refused',
        'Connection refused',
        `Nothing is listening on ${where}: the computer there refused the connection.`,
        'Is the server running? Check the port number, and whether it expects http:// or https://.',
        { code },
      );
    case 'ECONNRESET':
    case 'EPIPE':
      return fail(
        'connection-reset',
        'Connection reset',
        `${where} closed the connection abruptly, before a complete response arrived.`,
        "The server may have crashed or refused the request. Check the server's logs, then try again.",
        { code },
      );
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENETDOWN':
    case 'EADDRNOTAVAIL':
      return fail(
        'network',
        'Network unreachable',
        `There is no network route to ${where}.`,
        'Check your network connection. Without internet, use the built-in practice server under /httpbin/.',
        { code },
      );
    default:
      return fail(
        'network',
        'Connection failed',
        `Connecting to ${where} failed: ${err.message}.`,
        'Check the address and try again.',
        {
          code,
        },
      );
  }
}

/** What llhttp's terse reasons ("Expected HTTP/, RTSP/ or ICE/") mean, for the common ones. */
const PARSE_PROBLEMS: Record<string, string> = {
  HPE_INVALID_CONSTANT: 'its answer does not start with "HTTP/"',
  HPE_INVALID_VERSION: 'the HTTP version on its status line is not one the playground knows',
  HPE_INVALID_STATUS: 'its status code is not a three-digit number',
  HPE_INVALID_HEADER_TOKEN: 'a header line is malformed',
  HPE_INVALID_CONTENT_LENGTH: 'its Content-Length header is not a number',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'it sent both Content-Length and Transfer-Encoding',
  HPE_INVALID_TRANSFER_ENCODING: 'its Transfer-Encoding header is invalid',
  HPE_INVALID_CHUNK_SIZE: 'a chunk of its chunked body has an invalid size',
  HPE_LF_EXPECTED: 'a line does not end the way HTTP requires (CR LF)',
  HPE_CR_EXPECTED: 'a line does not end the way HTTP requires (CR LF)',
};

/** A response that broke the HTTP rules (bad status line, oversized headers, ...). */
export function protocolFailure(
  err: NodeJS.ErrnoException,
  where: string,
  maxHeaderBytes: number,
): EngineFailure {
  const code = err.code ?? 'HPE_UNKNOWN';
  if (code === 'HPE_HEADER_OVERFLOW') {
    return fail(
      'protocol',
      'Response headers too large',
      `${where} sent response headers larger than the ${Math.round(maxHeaderBytes / 1024)} KB the playground accepts.`,
      'This usually means a misbehaving server or a huge cookie.',
      { code },
    );
  }
  return fail(
    'protocol',
    'Not a valid HTTP response',
    `${where} answered with something that is not valid HTTP: ${PARSE_PROBLEMS[code] ?? err.message.replace(/^Parse Error: /, '')}.`,
    'If the server speaks HTTPS, use https://. Otherwise the server is not an HTTP server or is misbehaving.',
    { code },
  );
}
