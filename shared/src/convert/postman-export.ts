import type { Collection, CollectionItem, Variable } from '../schemas/library.ts';
import { authToPostman } from './postman-auth.ts';
import { bodyToPostman } from './postman-body.ts';
import { urlToPostman } from './postman-url.ts';
import type { Json } from './shape.ts';

export const POSTMAN_SCHEMA_V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

function itemToPostman(item: CollectionItem): Json {
  if (item.type === 'folder') return { name: item.name, item: item.items.map(itemToPostman) };
  const { draft } = item;
  const body = bodyToPostman(draft.body);
  return {
    name: item.name,
    ...(draft.followRedirects ? {} : { protocolProfileBehavior: { followRedirects: false } }),
    request: {
      auth: authToPostman(draft.auth),
      method: draft.method,
      header: draft.headers.map((row) => ({
        key: row.name,
        value: row.value,
        type: 'text',
        ...(row.enabled ? {} : { disabled: true }),
      })),
      ...(body ? { body } : {}),
      url: urlToPostman(draft),
    },
    response: [],
  };
}

/** Variables as Postman writes them; a secret one is blanked unless the user chose to include it. */
export function variablesToPostman(variables: readonly Variable[], includeSecrets: boolean): Json[] {
  return variables.map((v) => ({
    key: v.name,
    value: v.secret && !includeSecrets ? '' : v.value,
    type: v.secret ? 'secret' : 'string',
    ...(v.enabled ? {} : { disabled: true }),
  }));
}

/**
 * A collection as a Postman Collection v2.1 file (what Postman, Insomnia, Bruno, Hoppscotch and
 * newman import). Files are named, not carried (`src` is the file's name); the session settings
 * (base URL, default headers, cookie jar) have no Postman equivalent and are not written.
 *
 * @example
 * const json = JSON.stringify(toPostmanCollection(collection, { includeSecrets: false }), null, '\t');
 * download(new Blob([json], { type: 'application/json' }), `${collection.name}.postman_collection.json`);
 */
export function toPostmanCollection(collection: Collection, options: { includeSecrets: boolean }): Json {
  return {
    info: {
      _postman_id: collection.id,
      name: collection.name,
      ...(collection.description === '' ? {} : { description: collection.description }),
      schema: POSTMAN_SCHEMA_V21,
    },
    item: collection.items.map(itemToPostman),
    ...(collection.variables.length === 0
      ? {}
      : { variable: variablesToPostman(collection.variables, options.includeSecrets) }),
  };
}
