import { type OpenedShare, ShareOpenError, useOpenShare } from '../api/open-share.ts';
import { useShareLocation } from './use-share-location.ts';

export interface SharedCollectionState {
  /** Whether the address is a share link at all. */
  linked: boolean;
  /** The collection, once opened. */
  share: OpenedShare | null;
  /** Why it could not be opened: the app shows a page saying so instead of the playground. */
  problem: ShareOpenError | null;
  /** Back to the plain playground's address. */
  leave: () => void;
}

/** The shared collection the address points at (a `#share=` link or a `/s/<id>` snapshot). */
export function useSharedCollection(): SharedCollectionState {
  const { location, leave } = useShareLocation();
  const query = useOpenShare(location);
  const problem =
    query.error instanceof ShareOpenError
      ? query.error
      : query.error
        ? new ShareOpenError('The shared collection could not be opened', query.error.message, 'Try again.')
        : null;
  return { linked: location !== null, share: location ? (query.data ?? null) : null, problem, leave };
}
