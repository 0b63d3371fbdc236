import type { PortableCollection, SavedRequest } from '@playground/shared';
import type { RequestDraft } from '@/lib/request-draft.ts';
import { fromSavedDraft } from '@/lib/saved-draft.ts';
import { prepareSend } from '@/lib/send-context.ts';

/**
 * A request of a shared collection, ready to send in a tab of its own: the tab belongs to no saved
 * collection, so the shared collection's variables (and the first environment it carries), base URL
 * and headers are applied now. Saving a copy keeps the `{{variables}}` as written.
 */
export function sharedRequestDraft(request: SavedRequest, portable: PortableCollection): RequestDraft {
  return prepareSend(fromSavedDraft(request.draft), {
    collection: portable.collection,
    environment: portable.environments[0] ?? null,
  }).draft;
}
