import {
  type Collection,
  defaultSession,
  type Folder,
  type SavedDraft,
  type SavedRequest,
} from '@playground/shared';
import { newId } from './new-id.ts';

/** An empty collection: no base address, no default headers, its own cookie jar on. */
export const newCollection = (name: string): Collection => ({
  id: newId(),
  name,
  description: '',
  items: [],
  variables: [],
  session: defaultSession(),
});

export const newFolder = (name: string): Folder => ({ type: 'folder', id: newId(), name, items: [] });

export const newSavedRequest = (name: string, draft: SavedDraft): SavedRequest => ({
  type: 'request',
  id: newId(),
  name,
  draft,
});
