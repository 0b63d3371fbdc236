import { z } from 'zod';

/** A file the browser still holds: IndexedDB keeps `File` objects by structured clone. */
const KeptFile = z.custom<File>(
  (value) => typeof File !== 'undefined' && value instanceof File,
  'Expected a file.',
);

/** A file that was not kept (too large to copy on every save): the user has to pick it again. */
export const MissingFile = z.object({
  missing: z.literal(true),
  name: z.string(),
  size: z.number().int().nonnegative(),
  type: z.string(),
});
export type MissingFile = z.infer<typeof MissingFile>;

export const SavedFile = z.union([KeptFile, MissingFile]).nullable();
export type SavedFile = z.infer<typeof SavedFile>;

/** A table row as stored: React ids are not kept, they are handed out again on restore. */
export const SavedRow = z.object({ name: z.string(), value: z.string(), enabled: z.boolean() });
export type SavedRow = z.infer<typeof SavedRow>;

export const SavedPart = SavedRow.extend({
  kind: z.enum(['text', 'file']),
  file: SavedFile,
  wantedFile: z.string().optional(),
});
export type SavedPart = z.infer<typeof SavedPart>;

export const SavedBodyKind = z.enum([
  'none',
  'json',
  'text',
  'xml',
  'html',
  'form-urlencoded',
  'multipart',
  'binary',
]);

/** Every body kind keeps its content, as in the editor, so switching kinds after a reload loses nothing. */
export const SavedBody = z.object({
  kind: SavedBodyKind,
  text: z.string(),
  textContentType: z.string(),
  fields: z.array(SavedRow),
  parts: z.array(SavedPart),
  file: SavedFile,
  wantedFile: z.string().optional(),
});
export type SavedBody = z.infer<typeof SavedBody>;

/** Unlike `RequestAuth`, a draft may hold what could not be sent yet (it is being typed). */
export const SavedAuth = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({ type: z.literal('basic'), username: z.string(), password: z.string() }),
  z.object({ type: z.literal('bearer'), token: z.string() }),
]);

/** A request as the user left it in a tab, valid or not. */
export const SavedDraft = z.object({
  method: z.string(),
  url: z.string(),
  params: z.array(SavedRow),
  pathVariables: z.array(SavedRow),
  headers: z.array(SavedRow),
  body: SavedBody,
  auth: SavedAuth,
  followRedirects: z.boolean(),
  timeoutMs: z.number().int().nonnegative(),
});
export type SavedDraft = z.infer<typeof SavedDraft>;

/** Which saved request a tab shows, so Ctrl/Cmd+S saves the tab back to it. */
export const TabLink = z.object({ collectionId: z.string(), requestId: z.string() });
export type TabLink = z.infer<typeof TabLink>;

/** A tab; `link` is null until the tab is saved into a collection (or opened from one). */
export const SavedTab = z.object({ id: z.string(), draft: SavedDraft, link: TabLink.nullable() });
export type SavedTab = z.infer<typeof SavedTab>;

/**
 * The open tabs and their drafts, as kept in the browser between visits (responses are not kept).
 * Stored values are read through `migrateSavedWorkspace`, never parsed directly.
 */
export const SavedWorkspace = z.object({
  v: z.literal(2),
  tabs: z.array(SavedTab).min(1),
  activeId: z.string(),
});
export type SavedWorkspace = z.infer<typeof SavedWorkspace>;

/** A tab of format 1, before tabs could be linked to a saved request. Read by the migration only. */
export const SavedTabV1 = z.object({ id: z.string(), draft: SavedDraft });
export type SavedTabV1 = z.infer<typeof SavedTabV1>;

/** The workspace format 1. Read by the migration only. */
export const SavedWorkspaceV1 = z.object({
  v: z.literal(1),
  tabs: z.array(SavedTabV1).min(1),
  activeId: z.string(),
});
export type SavedWorkspaceV1 = z.infer<typeof SavedWorkspaceV1>;
