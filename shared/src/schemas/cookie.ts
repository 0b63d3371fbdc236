import { z } from 'zod';

/**
 * A cookie as a jar keeps it (RFC 6265 section 5.3's storage model). The proxy turns these into
 * tough-cookie's jar for a run and back; the browser only stores, shows and edits them.
 */
export const StoredCookie = z.object({
  name: z.string(),
  value: z.string(),
  /** Without a leading dot; `hostOnly` says whether subdomains get it too. */
  domain: z.string(),
  path: z.string(),
  /** ISO 8601; null for a session cookie (kept until the jar is cleared). */
  expires: z.string().nullable(),
  hostOnly: z.boolean(),
  secure: z.boolean(),
  httpOnly: z.boolean(),
  sameSite: z.enum(['strict', 'lax', 'none']).nullable(),
  /** ISO 8601: when the cookie was first stored (orders cookies of equal path length). */
  created: z.string(),
});
export type StoredCookie = z.infer<typeof StoredCookie>;

/** The most cookies one jar may hold (RFC 6265 asks for at least 3000 in all). */
export const MAX_JAR_COOKIES = 3_000;

export const CookieJarContents = z.array(StoredCookie).max(MAX_JAR_COOKIES);
export type CookieJarContents = z.infer<typeof CookieJarContents>;

/**
 * Every jar the browser keeps (IndexedDB key `cookies`): one per collection that acts as a session,
 * and `scratch` for requests in no collection.
 */
export const SavedCookieJars = z.object({
  v: z.literal(1),
  jars: z.array(z.object({ id: z.string(), cookies: CookieJarContents })),
});
export type SavedCookieJars = z.infer<typeof SavedCookieJars>;

export const SCRATCH_JAR_ID = 'scratch';
