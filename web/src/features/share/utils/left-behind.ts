import type { Collection, CollectionItem, Environment, SavedDraft } from '@playground/shared';

/** What a share leaves out: files (never travel) and secret variables' values (travel blank unless asked). */
export interface LeftBehind {
  files: number;
  secrets: number;
  /** Requests with a password or token typed into their Auth, which does travel. */
  typedCredentials: number;
}

function filesIn(draft: SavedDraft): number {
  const { body } = draft;
  const picked = (file: unknown, wanted: string | undefined) => (file || wanted ? 1 : 0);
  if (body.kind === 'binary') return picked(body.file, body.wantedFile);
  if (body.kind === 'multipart') {
    return body.parts.filter((p) => p.kind === 'file' && (p.file || p.wantedFile)).length;
  }
  return 0;
}

function walk(items: readonly CollectionItem[], visit: (draft: SavedDraft) => void): void {
  for (const item of items) {
    if (item.type === 'request') visit(item.draft);
    else walk(item.items, visit);
  }
}

/** Counts what a share of `collection` (with `environments`) leaves behind or carries along. */
export function leftBehind(collection: Collection, environments: readonly Environment[]): LeftBehind {
  let files = 0;
  let typedCredentials = 0;
  walk(collection.items, (draft) => {
    files += filesIn(draft);
    const { auth } = draft;
    if ((auth.type === 'basic' && auth.password !== '') || (auth.type === 'bearer' && auth.token !== '')) {
      typedCredentials += 1;
    }
  });
  const secrets = [collection.variables, ...environments.map((e) => e.variables)]
    .flat()
    .filter((v) => v.secret && v.value !== '').length;
  return { files, secrets, typedCredentials };
}
