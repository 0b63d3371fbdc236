import { z } from 'zod';

/** One certificate as the server presented it. */
export const CertificateInfo = z.object({
  subject: z.string(),
  issuer: z.string(),
  /** ISO 8601. */
  validFrom: z.string(),
  /** ISO 8601. */
  validTo: z.string(),
  subjectAltNames: z.array(z.string()),
  /** SHA-256 of the DER, as colon-separated hex pairs. */
  fingerprint256: z.string(),
  serialNumber: z.string(),
  selfSigned: z.boolean(),
});
export type CertificateInfo = z.infer<typeof CertificateInfo>;

export const TlsInfo = z.object({
  /** e.g. `TLSv1.3`. */
  protocol: z.string().nullable(),
  /** OpenSSL/IANA cipher name, e.g. `TLS_AES_256_GCM_SHA384`. */
  cipher: z.string().nullable(),
  /** The application protocol agreed by ALPN, e.g. `http/1.1`. */
  alpnProtocol: z.string().nullable(),
  /** Leaf first, as presented by the server. */
  certificates: z.array(CertificateInfo),
});
export type TlsInfo = z.infer<typeof TlsInfo>;
