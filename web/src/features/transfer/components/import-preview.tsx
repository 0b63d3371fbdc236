import type { Collection, CollectionItem, ImportResult } from '@playground/shared';
import { formatLabel } from '../utils/format-label.ts';

type Imported = Extract<ImportResult, { ok: true }>;

function count(items: readonly CollectionItem[]): { requests: number; folders: number } {
  let requests = 0;
  let folders = 0;
  for (const item of items) {
    if (item.type === 'request') requests += 1;
    else {
      folders += 1;
      const inner = count(item.items);
      requests += inner.requests;
      folders += inner.folders;
    }
  }
  return { requests, folders };
}

const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;

function describeCollection(collection: Collection): string {
  const { requests, folders } = count(collection.items);
  return `${plural(requests, 'request')}${folders > 0 ? ` in ${plural(folders, 'folder')}` : ''}`;
}

/** What an import will add, before anything is added: the format, each collection, environments, notes. */
export function ImportPreview({ imported, source }: { imported: Imported; source: string }) {
  return (
    <section className="import-preview" aria-label="What will be imported">
      <p>
        <strong>{source}</strong> reads as: {formatLabel(imported.format)}.
      </p>
      <ul>
        {imported.collections.map((collection) => (
          <li key={collection.id}>
            Collection “{collection.name}”: {describeCollection(collection)}
          </li>
        ))}
        {imported.environments.map((environment) => (
          <li key={environment.id}>
            Environment “{environment.name}”: {plural(environment.variables.length, 'variable')}
          </li>
        ))}
      </ul>
      {imported.notes.length > 0 && (
        <>
          <p>Not carried over:</p>
          <ul className="import-notes">
            {imported.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
