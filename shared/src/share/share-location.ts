import { SHARE_ID_PATTERN } from '../schemas/share.ts';
import { SHARE_FRAGMENT_KEY } from './share-link.ts';

/** The path of a published snapshot's short link. */
export const SNAPSHOT_PATH_PREFIX = '/s/';

/** What the address asks the app to open, besides the playground itself. */
export type ShareLocation =
  | { kind: 'link'; payload: string }
  | { kind: 'snapshot'; id: string }
  | { kind: 'bad-snapshot-path' };

/**
 * Reads the share link in an address: `#share=<payload>` (the collection is in the fragment) or
 * `/s/<id>` (a published snapshot); `null` for the plain playground.
 *
 * @example
 * readShareLocation(location.pathname, location.hash); // { kind: 'snapshot', id: 'k3Jd…' }
 */
export function readShareLocation(pathname: string, hash: string): ShareLocation | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_FRAGMENT_KEY}=`;
  if (fragment.startsWith(prefix)) return { kind: 'link', payload: fragment.slice(prefix.length) };
  if (!pathname.startsWith(SNAPSHOT_PATH_PREFIX)) return null;
  const id = pathname.slice(SNAPSHOT_PATH_PREFIX.length).replace(/\/$/, '');
  // Ids are the proxy's own random tokens; anything else (a cut or edited path) is not looked up at all.
  return SHARE_ID_PATTERN.test(id) ? { kind: 'snapshot', id } : { kind: 'bad-snapshot-path' };
}

/** The short link of a published snapshot. */
export const snapshotUrl = (origin: string, id: string, options: { present?: boolean } = {}): string =>
  `${origin}${SNAPSHOT_PATH_PREFIX}${id}${options.present ? '?present' : ''}`;
