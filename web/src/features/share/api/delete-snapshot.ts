import { removePublishedSnapshot, SHARE_DELETE_TOKEN_HEADER } from '@playground/shared';
import { useMutation } from '@tanstack/react-query';
import { proxyFetch } from '@/lib/proxy-fetch.ts';
import { useChangePublished } from './get-published.ts';
import { shareApiError, unreachable } from './share-api-error.ts';

/** Takes a published snapshot down; a snapshot already gone (404, 410) counts as deleted. */
export async function deleteSnapshot(id: string, deleteToken: string): Promise<void> {
  const response = await proxyFetch(`/api/shares/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    headers: { [SHARE_DELETE_TOKEN_HEADER]: deleteToken },
  }).catch(unreachable);
  if (response.ok || response.status === 404 || response.status === 410) return;
  throw await shareApiError(response, {
    kind: 'internal',
    title: 'Not deleted',
    message: `The playground could not delete the snapshot (it answered ${response.status}).`,
    hint: 'Try again in a moment.',
  });
}

/** Deletes a snapshot from the share store, then forgets its key in this browser. */
export function useDeleteSnapshot() {
  const forget = useChangePublished();
  return useMutation({
    mutationFn: async ({ id, deleteToken }: { id: string; deleteToken: string }) => {
      await deleteSnapshot(id, deleteToken);
      await forget.mutateAsync((published) => removePublishedSnapshot(published, id));
    },
  });
}
