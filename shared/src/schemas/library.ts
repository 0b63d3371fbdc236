import { z } from 'zod';
import { SavedDraft, SavedRow } from './saved-workspace.ts';

/**
 * A `{{name}}` variable of an environment or a collection. A secret one is masked on screen and
 * left out of exports and share links unless the user opts in (its value is then blanked).
 */
export const Variable = z.object({
  name: z.string(),
  value: z.string(),
  enabled: z.boolean(),
  secret: z.boolean(),
});
export type Variable = z.infer<typeof Variable>;

/** A request kept in a collection: a name and the draft as it was saved. */
export const SavedRequest = z.object({
  type: z.literal('request'),
  id: z.string(),
  name: z.string(),
  draft: SavedDraft,
});
export type SavedRequest = z.infer<typeof SavedRequest>;

/** A folder in a collection; folders nest. */
export interface Folder {
  type: 'folder';
  id: string;
  name: string;
  items: CollectionItem[];
}
export type CollectionItem = SavedRequest | Folder;

export const Folder: z.ZodType<Folder> = z.lazy(() =>
  z.object({
    type: z.literal('folder'),
    id: z.string(),
    name: z.string(),
    items: z.array(CollectionItem),
  }),
);
export const CollectionItem: z.ZodType<CollectionItem> = z.lazy(() => z.union([SavedRequest, Folder]));

/**
 * What makes a collection act like a `requests.Session` (seed 004): a base URL that addresses
 * without a scheme are resolved against, headers sent with each of its requests (a request's own
 * header of the same name wins), and a cookie jar (`cookies`: whether its requests use the jar).
 */
export const CollectionSession = z.object({
  baseUrl: z.string(),
  headers: z.array(SavedRow),
  cookies: z.boolean(),
});
export type CollectionSession = z.infer<typeof CollectionSession>;

export const Collection = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  items: z.array(CollectionItem),
  variables: z.array(Variable),
  session: CollectionSession,
});
export type Collection = z.infer<typeof Collection>;

/** A named set of variables; one environment at a time is active. */
export const Environment = z.object({
  id: z.string(),
  name: z.string(),
  variables: z.array(Variable),
});
export type Environment = z.infer<typeof Environment>;

/**
 * The user's collections, as kept in the browser (IndexedDB key `library`).
 * Stored values are read through `migrateSavedLibrary`, never parsed directly.
 */
export const SavedLibrary = z.object({
  v: z.literal(1),
  collections: z.array(Collection),
});
export type SavedLibrary = z.infer<typeof SavedLibrary>;

/**
 * The user's environments and which one is active, as kept in the browser (IndexedDB key
 * `environments`). Stored values are read through `migrateSavedEnvironments`, never parsed directly.
 */
export const SavedEnvironments = z.object({
  v: z.literal(1),
  environments: z.array(Environment),
  activeId: z.string().nullable(),
});
export type SavedEnvironments = z.infer<typeof SavedEnvironments>;

export const defaultSession = (): CollectionSession => ({ baseUrl: '', headers: [], cookies: true });
