import type { SavedDraft, SavedFile, SavedRow } from '@playground/shared';
import { newRow, type PartRow, type RequestDraft, type Row } from './request-draft.ts';

/**
 * Files up to this size are kept with the draft. IndexedDB copies a file's bytes on every save, so
 * a larger one is remembered by name only and the user picks it again after a reload.
 */
export const KEPT_FILE_LIMIT = 10 * 1024 * 1024;

const toSavedRow = ({ name, value, enabled }: Row): SavedRow => ({ name, value, enabled });
const fromSavedRow = ({ name, value, enabled }: SavedRow): Row => newRow(name, value, enabled);

function toSavedFile(file: File | null, keptFileLimit: number): SavedFile {
  if (!file || file.size <= keptFileLimit) return file;
  return { missing: true, name: file.name, size: file.size, type: file.type };
}

/** The file to show again, or the name of the one the user has to pick again. */
function fromSavedFile(file: SavedFile, wantedFile: string | undefined) {
  if (file instanceof File) return { file, wantedFile };
  return { file: null, wantedFile: file?.name ?? wantedFile };
}

/** A draft as it is stored: no row ids, files larger than `keptFileLimit` by name only. */
export function toSavedDraft(draft: RequestDraft, keptFileLimit = KEPT_FILE_LIMIT): SavedDraft {
  const { body } = draft;
  return {
    ...draft,
    params: draft.params.map(toSavedRow),
    pathVariables: draft.pathVariables.map(toSavedRow),
    headers: draft.headers.map(toSavedRow),
    body: {
      ...body,
      fields: body.fields.map(toSavedRow),
      parts: body.parts.map((part) => ({
        ...toSavedRow(part),
        kind: part.kind,
        file: toSavedFile(part.file, keptFileLimit),
      })),
      file: toSavedFile(body.file, keptFileLimit),
    },
  };
}

/** A stored draft back in the editor, with fresh row ids so they never clash with new rows. */
export function fromSavedDraft(saved: SavedDraft): RequestDraft {
  const { body } = saved;
  return {
    ...saved,
    params: saved.params.map(fromSavedRow),
    pathVariables: saved.pathVariables.map(fromSavedRow),
    headers: saved.headers.map(fromSavedRow),
    body: {
      ...body,
      fields: body.fields.map(fromSavedRow),
      parts: body.parts.map(
        (part): PartRow => ({
          ...fromSavedRow(part),
          kind: part.kind,
          ...fromSavedFile(part.file, part.wantedFile),
        }),
      ),
      ...fromSavedFile(body.file, body.wantedFile),
    },
  };
}
