import { z } from 'zod';
import { PortableCollection } from './portable-collection.ts';

/** The header a `DELETE /api/shares/:id` carries the publisher's delete token in. */
export const SHARE_DELETE_TOKEN_HEADER = 'X-Delete-Token';

/**
 * What a published snapshot's id looks like: 24 base64url characters (18 random bytes, 144 bits),
 * so ids cannot be guessed or listed. The proxy answers 404 to anything else without a lookup.
 */
export const SHARE_ID_PATTERN = /^[A-Za-z0-9_-]{24}$/;

/**
 * The answer to `POST /api/shares` (201): the snapshot's id (its short link is `/s/<id>`), and the
 * delete token, given this once only: the proxy keeps nothing but its hash.
 */
export const ShareReceipt = z.object({
  id: z.string(),
  deleteToken: z.string(),
  /** ISO 8601: after this, the snapshot answers 410 Gone. */
  expiresAt: z.string(),
});
export type ShareReceipt = z.infer<typeof ShareReceipt>;

/**
 * The answer to `GET /api/shares/:id` (200). Read `snapshot` like any imported collection before
 * trusting it: it is what someone published.
 */
export const SharedSnapshot = z.object({
  snapshot: PortableCollection,
  /** ISO 8601. */
  createdAt: z.string(),
  /** ISO 8601. */
  expiresAt: z.string(),
});
export type SharedSnapshot = z.infer<typeof SharedSnapshot>;
