import { readPortableCollection } from '../convert/portable.ts';
import type { PortableCollection } from '../schemas/portable-collection.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { deflateText, inflateText } from './deflate.ts';

/** Where a share link keeps its collection: the fragment, which browsers never send to a server. */
export const SHARE_FRAGMENT_KEY = 'share';

/**
 * The longest share link offered for copying. Browsers take far longer addresses, but chat apps,
 * e-mail clients and URL shorteners cut or refuse them well before; above this, publish a snapshot.
 */
export const SHARE_LINK_URL_LIMIT = 8000;

/** The longest link payload read at all: far above what the app makes, far below what could hurt. */
export const SHARE_LINK_MAX_PAYLOAD_CHARS = 200_000;

/** The most a link may unpack to. Real collections that fit in a link unpack to a few hundred KB. */
export const SHARE_LINK_MAX_JSON_BYTES = 4 * 1024 * 1024;

/** What opening a share link gave: the collection, or why not, in words for the person who opened it. */
export type ShareLinkRead = { ok: true; portable: PortableCollection } | { ok: false; problem: string };

const ASK_AGAIN = 'Ask whoever sent it for the link again, and copy all of it.';

/**
 * The link payload for a collection: its JSON, deflated, in base64url. The payload has no version
 * marker of its own: a later encoding can be told apart by a prefix outside the base64url alphabet.
 *
 * @example
 * const url = shareLinkUrl(location.origin, await encodeShareLink(portable));
 */
export async function encodeShareLink(portable: PortableCollection): Promise<string> {
  return toBase64Url(await deflateText(JSON.stringify(portable)));
}

/** The full address of a share link; `present` opens it in presenter mode. */
export function shareLinkUrl(origin: string, payload: string, options: { present?: boolean } = {}): string {
  return `${origin}/${options.present ? '?present' : ''}#${SHARE_FRAGMENT_KEY}=${payload}`;
}

/** Whether a link is short enough to be handed around as it is (see `SHARE_LINK_URL_LIMIT`). */
export const fitsInShareLink = (url: string): boolean => url.length <= SHARE_LINK_URL_LIMIT;

/**
 * Reads a share link's payload back into a collection. Never throws: a link that was cut short,
 * edited, or made to unpack into something huge gets a problem saying so in plain words. The
 * content is then read like any imported file (`readPortableCollection`), never trusted as is.
 *
 * @example
 * const read = await decodeShareLink(payload);
 * if (!read.ok) showProblem(read.problem);
 */
export async function decodeShareLink(payload: string): Promise<ShareLinkRead> {
  if (payload === '') return { ok: false, problem: `The link has no collection in it. ${ASK_AGAIN}` };
  if (payload.length > SHARE_LINK_MAX_PAYLOAD_CHARS) {
    return {
      ok: false,
      problem: `The link is ${payload.length.toLocaleString('en')} characters long, longer than any share link the playground makes, so it was not opened.`,
    };
  }
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) {
    return {
      ok: false,
      problem: `The link was changed or cut short: it holds characters a share link never has. ${ASK_AGAIN}`,
    };
  }
  // Only the length can be wrong now: a link cut at a place no whole link ends.
  const bytes = fromBase64Url(payload);
  if (!bytes) {
    return { ok: false, problem: `The link is incomplete or was changed: it was cut short. ${ASK_AGAIN}` };
  }
  const inflated = await inflateText(bytes, SHARE_LINK_MAX_JSON_BYTES);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? {
          ok: false,
          problem: `The link unpacks to more than ${SHARE_LINK_MAX_JSON_BYTES / 1024 / 1024} MB, far more than a shared collection holds, so it was not opened.`,
        }
      : {
          ok: false,
          problem: `The link is incomplete or was changed: its contents do not check out. ${ASK_AGAIN}`,
        };
  }
  let value: unknown;
  try {
    value = JSON.parse(inflated.text);
  } catch {
    return { ok: false, problem: 'The link holds something that is not a collection.' };
  }
  return readSharedCollection(value);
}

/**
 * Reads a shared collection (a link's content, or a snapshot the proxy sent) like an imported file:
 * the same limits and checks (`readPortableCollection`), never trusted as it is.
 */
export function readSharedCollection(value: unknown): ShareLinkRead {
  return readPortableCollection(value);
}
