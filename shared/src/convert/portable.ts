import type { Collection, CollectionItem, Environment, Variable } from '../schemas/library.ts';
import { PortableCollection } from '../schemas/portable-collection.ts';
import type { SavedDraft, SavedFile } from '../schemas/saved-workspace.ts';
import { newId } from './draft.ts';
import { checkJsonDepth, ImportBudget } from './limits.ts';
import { ImportProblem, itemPath, quoted, refuse } from './problems.ts';
import { field, isRecord, stringField } from './shape.ts';

// File exists in browsers and in Node 20, but not in every runtime: test for it before `instanceof`.
const isFile = (value: unknown): value is File => typeof File !== 'undefined' && value instanceof File;

/** Files cannot travel: a kept file becomes its name, size and type, for the receiver to pick again. */
function portableFile(file: SavedFile): SavedFile {
  if (isFile(file)) return { missing: true, name: file.name, size: file.size, type: file.type };
  return file ? { ...file } : null;
}

function portableDraft(draft: SavedDraft): SavedDraft {
  const { body } = draft;
  return {
    ...draft,
    params: draft.params.map((row) => ({ ...row })),
    pathVariables: draft.pathVariables.map((row) => ({ ...row })),
    headers: draft.headers.map((row) => ({ ...row })),
    auth: { ...draft.auth },
    body: {
      ...body,
      fields: body.fields.map((row) => ({ ...row })),
      parts: body.parts.map((part) => ({ ...part, file: portableFile(part.file) })),
      file: portableFile(body.file),
    },
  };
}

function portableItem(item: CollectionItem): CollectionItem {
  if (item.type === 'folder') return { ...item, items: item.items.map(portableItem) };
  return { ...item, draft: portableDraft(item.draft) };
}

const portableVariables = (variables: readonly Variable[], includeSecrets: boolean): Variable[] =>
  variables.map((v) => ({ ...v, value: v.secret && !includeSecrets ? '' : v.value }));

/**
 * A collection (and environments) in our own file format, also what share links and published
 * snapshots carry: files become `MissingFile`s and secret values are blanked unless `includeSecrets`.
 *
 * @example
 * const portable = toPortableCollection(collection, [activeEnvironment], { includeSecrets: false });
 */
export function toPortableCollection(
  collection: Collection,
  environments: readonly Environment[],
  options: { includeSecrets: boolean },
): PortableCollection {
  return {
    format: 'http-playground',
    v: 1,
    collection: {
      ...collection,
      items: collection.items.map(portableItem),
      variables: portableVariables(collection.variables, options.includeSecrets),
      session: { ...collection.session, headers: collection.session.headers.map((row) => ({ ...row })) },
    },
    environments: environments.map((env) => ({
      ...env,
      variables: portableVariables(env.variables, options.includeSecrets),
    })),
  };
}

/**
 * Our file format as text (2-space JSON), ready to download as `<name>.playground.json`.
 *
 * @example download(toPortableJson(collection, [], { includeSecrets: false }))
 */
export function toPortableJson(
  collection: Collection,
  environments: readonly Environment[],
  options: { includeSecrets: boolean },
): string {
  return JSON.stringify(toPortableCollection(collection, environments, options), null, 2);
}

/** Counts requests and folder depth before the schema check, so hostile input is refused early. */
function checkItems(list: unknown, names: string[], budget: ImportBudget): void {
  budget.checkDepth(names.length, itemPath(names));
  if (!Array.isArray(list)) return;
  list.forEach((item, index) => {
    if (field(item, 'type') === 'folder')
      checkItems(field(item, 'items'), [...names, stringField(item, 'name') ?? `#${index + 1}`], budget);
    else budget.addRequest();
  });
}

/** Where a schema problem is, in the file's own names: `item "Users" > "Create user": "draft.url"`. */
function describeIssuePath(value: unknown, path: readonly PropertyKey[]): string {
  const names: string[] = [];
  let at: unknown = value;
  let i = 0;
  let prefix = '';
  if (path[0] === 'environments' && typeof path[1] === 'number') {
    const env = field(value, 'environments');
    const entry = Array.isArray(env) ? env[path[1]] : undefined;
    prefix = `environment ${quoted(stringField(entry, 'name') ?? `#${path[1] + 1}`)}`;
    at = entry;
    i = 2;
  } else if (path[0] === 'collection') {
    at = field(value, 'collection');
    i = 1;
    while (path[i] === 'items' && typeof path[i + 1] === 'number') {
      const list = field(at, 'items');
      at = Array.isArray(list) ? list[path[i + 1] as number] : undefined;
      names.push(stringField(at, 'name') ?? `#${(path[i + 1] as number) + 1}`);
      i += 2;
    }
    prefix = itemPath(names);
  }
  const rest = path.slice(i).map(String).join('.');
  return `${prefix || 'the file'}: ${rest === '' ? 'this' : `"${rest}"`}`;
}

interface Issue {
  code?: string;
  path: PropertyKey[];
  message: string;
  errors?: Issue[][];
}

/**
 * The issue to show: inside a union (a request or a folder), the branch that matched the item's
 * `type`, so the message says which field is wrong rather than "invalid input".
 */
function deepestIssue(issue: Issue): Issue {
  let current = issue;
  let prefix: PropertyKey[] = [];
  while (current.code === 'invalid_union' && current.errors && current.errors.length > 0) {
    const branch =
      current.errors.find((list) => !list.some((e) => e.path[0] === 'type')) ?? current.errors[0]!;
    const next = branch[0];
    if (!next) break;
    prefix = [...prefix, ...current.path];
    current = next;
  }
  return { ...current, path: [...prefix, ...current.path] };
}

/**
 * Checks a value that should be our format (a share link's payload, a snapshot sent to the proxy's
 * publish endpoint, a parsed file) with the same limits as a file import. Never throws.
 *
 * @example
 * const read = readPortableCollection(JSON.parse(decoded));
 * if (!read.ok) showProblem(read.problem);
 */
export function readPortableCollection(
  value: unknown,
): { ok: true; portable: PortableCollection } | { ok: false; problem: string } {
  try {
    checkJsonDepth(value);
    if (!isRecord(value) || field(value, 'format') !== 'http-playground') {
      refuse('This is not an HTTP Playground collection (it has no "format": "http-playground").');
    }
    const version = field(value, 'v');
    if (typeof version === 'number' && version > 1) {
      refuse(
        `This collection was made by a newer version of HTTP Playground (format ${version}); update the playground to open it.`,
      );
    }
    if (version !== 1) refuse('This collection has no known format version ("v" should be 1).');
    checkItems(field(field(value, 'collection'), 'items'), [], new ImportBudget());
    const parsed = PortableCollection.safeParse(value);
    if (!parsed.success) {
      const issue = deepestIssue(parsed.error.issues[0] as Issue);
      refuse(
        `The collection does not have the expected shape: ${describeIssuePath(value, issue.path)} is not valid (${issue.message}).`,
      );
    }
    return { ok: true, portable: parsed.data };
  } catch (error) {
    if (error instanceof ImportProblem) return { ok: false, problem: error.message };
    return { ok: false, problem: 'The collection could not be read.' };
  }
}

function withFreshIds(item: CollectionItem): CollectionItem {
  if (item.type === 'folder') return { ...item, id: newId(), items: item.items.map(withFreshIds) };
  return { ...item, id: newId() };
}

/**
 * A copy with new ids, as an import or "Save a copy" of a shared collection needs: importing the
 * same file twice gives two collections, never a clash.
 *
 * @example
 * const read = readPortableCollection(payload);
 * if (read.ok) library.add(freshCopy(read.portable).collection);
 */
export function freshCopy(portable: PortableCollection): {
  collection: Collection;
  environments: Environment[];
} {
  return {
    collection: { ...portable.collection, id: newId(), items: portable.collection.items.map(withFreshIds) },
    environments: portable.environments.map((env) => ({ ...env, id: newId() })),
  };
}
