import { z } from 'zod';

/**
 * A snapshot this browser published: what it takes to show it in "My published snapshots" and to
 * delete it later (`deleteToken` is the only proof of being its publisher; the proxy keeps a hash).
 */
export const PublishedSnapshot = z.object({
  id: z.string(),
  deleteToken: z.string(),
  /** The collection's name when it was published. */
  name: z.string(),
  /** ISO 8601. */
  publishedAt: z.string(),
  /** ISO 8601. */
  expiresAt: z.string(),
});
export type PublishedSnapshot = z.infer<typeof PublishedSnapshot>;

/**
 * The snapshots published from this browser, newest first, as kept in IndexedDB. Stored values are
 * read through `readPublishedSnapshots`, never parsed directly.
 */
export const PublishedSnapshots = z.object({
  v: z.literal(1),
  snapshots: z.array(PublishedSnapshot),
});
export type PublishedSnapshots = z.infer<typeof PublishedSnapshots>;
