import type { Collection, CollectionItem, SavedRequest } from '../schemas/library.ts';
import type { SavedBody } from '../schemas/saved-workspace.ts';
import type { ImportResult } from './read-import-file.ts';

/** Test helper: the result of an import that must succeed. */
export function imported(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`import refused: ${result.problem}`);
  return result;
}

/** Test helper: every request of a tree, depth first, with its folder path. */
export function requestsOf(
  items: readonly CollectionItem[],
  path: string[] = [],
): (SavedRequest & { path: string[] })[] {
  return items.flatMap((item) =>
    item.type === 'folder' ? requestsOf(item.items, [...path, item.name]) : [{ ...item, path }],
  );
}

/** Test helper: a tree without ids (imports hand out fresh ones), for comparing content. */
export function withoutIds(items: readonly CollectionItem[]): unknown[] {
  return items.map((item) =>
    item.type === 'folder'
      ? { type: 'folder', name: item.name, items: withoutIds(item.items) }
      : { type: 'request', name: item.name, draft: item.draft },
  );
}

/** Test helper: a collection's content without ids. */
export function collectionContent(collection: Collection): unknown {
  const { id: _id, items, ...rest } = collection;
  return { ...rest, items: withoutIds(items) };
}

/** Test helper: output as a file would hold it (also proves it survives JSON), open to inspection. */
export function asJson(value: unknown): ReturnType<typeof JSON.parse> {
  return JSON.parse(JSON.stringify(value));
}

/** Test helper: files cannot travel: after a round trip each is the name of a file to pick again. */
export function filesAsWanted(collection: Collection): Collection {
  const fix = (items: CollectionItem[]): CollectionItem[] =>
    items.map((item) => {
      if (item.type === 'folder') return { ...item, items: fix(item.items) };
      const { wantedFile: _wanted, ...body } = item.draft.body;
      const wanted = (file: SavedBody['file'], name?: string) =>
        (file && 'name' in file ? file.name : name) || undefined;
      const bodyFile = wanted(body.file, _wanted);
      return {
        ...item,
        draft: {
          ...item.draft,
          body: {
            ...body,
            file: null,
            ...(bodyFile ? { wantedFile: bodyFile } : {}),
            parts: body.parts.map((part) => {
              const name = wanted(part.file, part.wantedFile);
              const { wantedFile: _w, ...rest } = part;
              return { ...rest, file: null, ...(name ? { wantedFile: name } : {}) };
            }),
          },
        },
      };
    });
  return { ...collection, items: fix(collection.items) };
}
