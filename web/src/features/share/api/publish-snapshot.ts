import { addPublishedSnapshot, type PortableCollection, ShareReceipt } from '@playground/shared';
import { useMutation } from '@tanstack/react-query';
import { proxyFetch } from '@/lib/proxy-fetch.ts';
import { useChangePublished } from './get-published.ts';
import { shareApiError, unreachable } from './share-api-error.ts';

/** Stores the collection in the proxy's share store; the receipt holds its id and delete key. */
export async function publishSnapshot(portable: PortableCollection): Promise<ShareReceipt> {
  const response = await proxyFetch('/api/shares', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(portable),
  }).catch(unreachable);
  if (!response.ok) {
    throw await shareApiError(response, {
      kind: 'internal',
      title: 'Not published',
      message: `The playground could not publish the collection (it answered ${response.status}).`,
      hint: 'Try again in a moment.',
    });
  }
  return ShareReceipt.parse(await response.json());
}

/**
 * Publishes a snapshot and remembers its delete key in this browser, so its publisher can take it
 * down later from "My published snapshots".
 */
export function usePublishSnapshot() {
  const remember = useChangePublished();
  return useMutation({
    mutationFn: async (portable: PortableCollection) => {
      const receipt = await publishSnapshot(portable);
      const entry = {
        id: receipt.id,
        deleteToken: receipt.deleteToken,
        name: portable.collection.name,
        publishedAt: new Date().toISOString(),
        expiresAt: receipt.expiresAt,
      };
      // Published either way; a key that could not be kept is said so beside the link.
      const kept = await remember
        .mutateAsync((published) => addPublishedSnapshot(published, entry))
        .then(() => null)
        .catch((error: Error) => error.message);
      return { receipt, keyNotKept: kept };
    },
  });
}
