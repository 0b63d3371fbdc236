import {
  decodeShareLink,
  type PortableCollection,
  readSharedCollection,
  SharedSnapshot,
  type ShareLocation,
} from '@playground/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { proxyFetch } from '@/lib/proxy-fetch.ts';
import { ProxyRequestError } from '@/lib/proxy-request-error.ts';
import { shareApiError, unreachable } from './share-api-error.ts';

/** A shared collection, opened. */
export type OpenedShare =
  | { source: 'link'; portable: PortableCollection }
  | { source: 'snapshot'; id: string; portable: PortableCollection; createdAt: string; expiresAt: string };

/** Why a share could not be opened, for the page that says so. */
export class ShareOpenError extends Error {
  override name = 'ShareOpenError';
  constructor(
    readonly title: string,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const NOT_A_LINK = 'Check that the whole link was copied, or ask whoever sent it for the link again.';

async function openSnapshot(id: string): Promise<OpenedShare> {
  const response = await proxyFetch(`/api/shares/${encodeURIComponent(id)}`, {
    headers: { accept: 'application/json' },
  }).catch(unreachable);
  if (!response.ok) {
    const gone = response.status === 410;
    const missing = response.status === 404;
    const { error } = await shareApiError(response, {
      kind: 'internal',
      title: gone
        ? 'This shared collection has expired'
        : missing
          ? 'This shared collection is not there'
          : 'The shared collection could not be opened',
      message: gone
        ? 'Published snapshots are kept for a limited time, and this one’s time is up.'
        : missing
          ? 'Whoever published it has deleted it, or the link is not the one they sent.'
          : `The playground answered ${response.status}.`,
      hint: gone || missing ? 'Ask whoever sent the link to publish it again.' : 'Try again in a moment.',
    });
    throw new ShareOpenError(error.title, error.message, error.hint);
  }
  const body = SharedSnapshot.safeParse(await response.json().catch(() => null));
  if (!body.success) {
    throw new ShareOpenError(
      'The shared collection could not be read',
      'The playground sent back something that is not a shared collection.',
      'Try again; if it keeps happening, the playground may need restarting.',
    );
  }
  const read = readSharedCollection(body.data.snapshot);
  if (!read.ok) throw new ShareOpenError('The shared collection could not be read', read.problem, NOT_A_LINK);
  return {
    source: 'snapshot',
    id,
    portable: read.portable,
    createdAt: body.data.createdAt,
    expiresAt: body.data.expiresAt,
  };
}

/** Opens what a share link points at. Rejects with a `ShareOpenError` (never anything else). */
export async function openShare(location: ShareLocation): Promise<OpenedShare> {
  try {
    if (location.kind === 'link') {
      const read = await decodeShareLink(location.payload);
      // The problem already says what to do.
      if (!read.ok) throw new ShareOpenError('This share link cannot be opened', read.problem, '');
      return { source: 'link', portable: read.portable };
    }
    if (location.kind === 'bad-snapshot-path') {
      throw new ShareOpenError(
        'This share link cannot be opened',
        'The address is not a snapshot link the playground made: part of it is missing or was changed.',
        NOT_A_LINK,
      );
    }
    return await openSnapshot(location.id);
  } catch (error) {
    if (error instanceof ShareOpenError) throw error;
    const { title, message, hint } =
      error instanceof ProxyRequestError
        ? error.error
        : { title: 'The shared collection could not be opened', message: String(error), hint: NOT_A_LINK };
    throw new ShareOpenError(title, message, hint);
  }
}

export const openShareQueryOptions = (location: ShareLocation | null) =>
  queryOptions({
    queryKey: ['share', location],
    queryFn: () => (location ? openShare(location) : null),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/** The shared collection the address points at (none for the plain playground). */
export function useOpenShare(location: ShareLocation | null) {
  return useQuery({ ...openShareQueryOptions(location), enabled: location !== null });
}
