import type { HeaderNote } from './header-note.ts';
import { CACHING_HEADERS } from './header-notes-caching.ts';
import { CONVENTIONAL_HEADERS } from './header-notes-conventions.ts';
import { MESSAGE_HEADERS } from './header-notes-message.ts';
import { SECURITY_HEADERS } from './header-notes-security.ts';

export type { HeaderDirection, HeaderNote } from './header-note.ts';

/** Every header we explain, by name in A-Z order. */
export const HEADER_NOTES: readonly HeaderNote[] = [
  ...MESSAGE_HEADERS,
  ...CACHING_HEADERS,
  ...CONVENTIONAL_HEADERS,
  ...SECURITY_HEADERS,
].sort((a, b) => a.name.localeCompare(b.name, 'en'));

const BY_NAME = new Map(HEADER_NOTES.map((note) => [note.name.toLowerCase(), note]));

/**
 * What a header is for. Header names are case-insensitive (RFC 9110 §5.1), so `content-type`
 * finds Content-Type. A header we have not written about gets `null`: nothing is made up.
 *
 * @example explainHeader('content-type')?.name // 'Content-Type'
 * @example explainHeader('X-Made-Up') // null
 */
export function explainHeader(name: string): HeaderNote | null {
  return BY_NAME.get(name.trim().toLowerCase()) ?? null;
}
