import { refuse } from './problems.ts';
import { field, isRecord, type Json, stringField } from './shape.ts';

export type ImportFormat =
  | 'http-playground'
  | 'postman-collection'
  | 'postman-environment'
  | 'insomnia'
  | 'har'
  | 'curl';

export const NOT_READABLE =
  'This file is not a collection HTTP Playground can read: expected a Postman v2.1 (or v2.0) collection, ' +
  'a Postman environment, an Insomnia v4 export (JSON), a HAR file, an HTTP Playground collection, or a curl command.';

const POSTMAN_V2 = /\/v2\.[01](?:\.\d+)?\//;

/** Postman's API wraps an export as `{ collection: { info, item } }`. */
function postmanRoot(value: Json): Json | null {
  const schema = stringField(field(value, 'info'), 'schema');
  if (schema !== undefined) {
    if (POSTMAN_V2.test(schema)) return value;
    if (/\/v1(?:\.\d+)*\//.test(schema)) refuse(POSTMAN_V1);
  }
  const inner = field(value, 'collection');
  if (isRecord(inner) && POSTMAN_V2.test(stringField(field(inner, 'info'), 'schema') ?? '')) return inner;
  return null;
}

const POSTMAN_V1 =
  'This is a Postman collection in the old v1 format. In Postman, export it again as "Collection v2.1" and import that file.';

/**
 * What a parsed file is, from its content (file names lie: every one of these is a `.json`).
 * Returns the format and the object to read it from.
 */
export function detectFormat(value: unknown): { format: Exclude<ImportFormat, 'curl'>; root: Json } {
  if (!isRecord(value)) refuse(NOT_READABLE);
  if (field(value, 'format') === 'http-playground') return { format: 'http-playground', root: value };
  const postman = postmanRoot(value);
  if (postman) return { format: 'postman-collection', root: postman };
  if (Array.isArray(field(value, 'requests')) && Array.isArray(field(value, 'order'))) refuse(POSTMAN_V1);
  if (Array.isArray(field(value, 'values')) && field(value, 'info') === undefined) {
    return { format: 'postman-environment', root: value };
  }
  if (field(value, '_type') === 'export') {
    const version = field(value, '__export_format');
    if (version === 4) return { format: 'insomnia', root: value };
    refuse(
      `This is an Insomnia export in format ${String(version)}; HTTP Playground reads format 4. ` +
        'In Insomnia, export the collection again as "Insomnia v4 (JSON)".',
    );
  }
  if (Array.isArray(field(field(value, 'log'), 'entries'))) return { format: 'har', root: value };
  refuse(NOT_READABLE);
}
