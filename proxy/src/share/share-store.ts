import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { SHARE_ID_PATTERN } from '@playground/shared';

/** A published snapshot as stored: the collection's JSON text, exactly as it will be served. */
export interface StoredSnapshot {
  json: string;
  createdAt: Date;
  expiresAt: Date;
}

/**
 * Where published snapshots live. The only state the proxy keeps: several proxy instances behind a
 * load balancer need one store they all reach, so this interface is kept small enough for a
 * PostgreSQL implementation (one table: id, json, delete-token hash, created, expires) to replace
 * the default SQLite file (`SqliteShareStore`) without touching the routes.
 *
 * Implementations keep the delete token only as its SHA-256 hash (`hashDeleteToken`) and compare
 * with `deleteTokenMatches`; they may purge expired snapshots whenever they like, but should answer
 * `'expired'` rather than `null` for a while after expiry, so that a late visitor learns why.
 */
export interface ShareStore {
  /** Stores a snapshot under a fresh unguessable id; the token is returned here and never again. */
  put(json: string, expiresAt: Date): Promise<{ id: string; deleteToken: string }>;
  /** The snapshot, `'expired'` if its time is up, or null if there is none (never was, or deleted). */
  get(id: string): Promise<StoredSnapshot | 'expired' | null>;
  delete(id: string, deleteToken: string): Promise<'deleted' | 'not-found' | 'wrong-token'>;
  close(): Promise<void>;
}

/** 18 random bytes (144 bits) in base64url: 24 characters, no padding (see `SHARE_ID_PATTERN`). */
export function newShareId(): string {
  return randomBytes(18).toString('base64url');
}

/** 32 random bytes in base64url: the publisher's proof, shown once. */
export function newDeleteToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Whether `id` could be a snapshot id at all; anything else is not looked up. */
export function isShareId(id: string): boolean {
  return SHARE_ID_PATTERN.test(id);
}

/** What the store keeps of a delete token. */
export function hashDeleteToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Compares a presented token with the stored hash in constant time (both are 32-byte digests). */
export function deleteTokenMatches(storedHash: Uint8Array, presented: string): boolean {
  const candidate = hashDeleteToken(presented);
  return storedHash.length === candidate.length && timingSafeEqual(storedHash, candidate);
}
