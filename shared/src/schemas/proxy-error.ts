import { z } from 'zod';
import { CertificateInfo } from './tls-info.ts';

/**
 * Every way a request can fail without an HTTP response. A 4xx or 5xx is a response, never one of
 * these.
 */
export const ErrorKind = z.enum([
  'invalid-request',
  'invalid-url',
  'unsupported-scheme',
  'dns',
  'connection-refused',
  'connection-reset',
  'timeout',
  'tls-expired',
  'tls-not-yet-valid',
  'tls-self-signed',
  'tls-wrong-host',
  'tls-unknown-issuer',
  'tls-incomplete-chain',
  'tls-protocol',
  'tls-other',
  'too-many-redirects',
  'response-too-large',
  'body-decode',
  'protocol',
  'file-missing',
  'blocked',
  'rate-limited',
  'network',
  'internal',
]);
export type ErrorKind = z.infer<typeof ErrorKind>;

export const TimeoutPhase = z.enum(['connect', 'first-byte', 'total']);
export type TimeoutPhase = z.infer<typeof TimeoutPhase>;

/** One error shape for everything the proxy reports, in words a learner understands. */
export const ProxyError = z.object({
  kind: ErrorKind,
  /** A short headline, e.g. "Connection refused". */
  title: z.string(),
  /** What happened, in plain words. */
  message: z.string(),
  /** What to try next. */
  hint: z.string(),
  /** The technical name of the failure (e.g. `ECONNREFUSED`), for those who want it. */
  code: z.string().optional(),
  /** For bad input: the field at fault, e.g. `headers[2].name`. */
  field: z.string().optional(),
  /** For timeouts: which limit ran out. */
  phase: TimeoutPhase.optional(),
  /** For TLS failures: the certificate chain as the server presented it, leaf first. */
  certificates: z.array(CertificateInfo).optional(),
  /** For a wrong-host TLS failure: the names the certificate is valid for. */
  validNames: z.array(z.string()).optional(),
});
export type ProxyError = z.infer<typeof ProxyError>;
