import { z } from 'zod';
import { ErrorKind } from './proxy-error.ts';

/**
 * The practice server's HTTPS endpoints, one per lesson about certificates: a verified one, and
 * one for each way a certificate is refused.
 */
export const TlsPracticeId = z.enum(['good', 'expired', 'self-signed', 'wrong-host', 'untrusted-root']);
export type TlsPracticeId = z.infer<typeof TlsPracticeId>;

/** The domain under which the endpoints are named: `<id>.practice.localhost`, always this computer. */
export const TLS_PRACTICE_DOMAIN = 'practice.localhost';

/** The port the HTTPS endpoints use unless `PLAYGROUND_TLS_PRACTICE_PORT` says otherwise. */
export const DEFAULT_TLS_PRACTICE_PORT = 8443;

export const TlsPracticeEndpoint = z.object({
  id: TlsPracticeId,
  /** e.g. `expired.practice.localhost`. */
  host: z.string(),
  /** e.g. `https://expired.practice.localhost:8443/`. */
  url: z.string(),
  /** The failure the playground reports for it, or null when the connection is verified. */
  expect: ErrorKind.nullable(),
  /** What is wrong with its certificate (or right), in a few words. */
  summary: z.string(),
});
export type TlsPracticeEndpoint = z.infer<typeof TlsPracticeEndpoint>;

/** `GET /api/practice`: what the practice server offers beyond its paths on the page's own origin. */
export const PracticeInfo = z.object({
  tls: z
    .object({
      port: z.number().int().min(1).max(65_535),
      /**
       * Whether the endpoints also listen on 127.0.0.1 at `port`, for other programs on this
       * computer (curl, Python). The playground reaches them either way.
       */
      listening: z.boolean(),
      endpoints: z.array(TlsPracticeEndpoint),
    })
    // Null when the endpoints could not be started (the proxy log says why).
    .nullable(),
});
export type PracticeInfo = z.infer<typeof PracticeInfo>;

/**
 * The address of one HTTPS practice endpoint.
 *
 * @example tlsPracticeUrl('expired', 8443) // 'https://expired.practice.localhost:8443/'
 */
export function tlsPracticeUrl(id: TlsPracticeId, port: number, path = '/'): string {
  return `https://${id}.${TLS_PRACTICE_DOMAIN}:${port}${path}`;
}
