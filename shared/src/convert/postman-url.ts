import type { SavedDraft, SavedRow } from '../schemas/saved-workspace.ts';
import { parseQuery, splitUrl } from '../url/request-url.ts';
import { refuse } from './problems.ts';
import { asText, describe, field, isRecord, type Json, listField, stringField } from './shape.ts';

/** What a Postman `url` gives a draft: the address, the switched-off query rows, the path values. */
export interface PostmanUrlParts {
  url: string;
  disabledParams: SavedRow[];
  pathValues: SavedRow[];
}

function joinPieces(value: unknown, separator: string): string {
  if (Array.isArray(value)) {
    return value
      .map((piece) => (isRecord(piece) ? asText(field(piece, 'value')) : asText(piece)))
      .join(separator);
  }
  return asText(value);
}

/** `raw` is what the user typed; the other fields are Postman's own parse, used only without it. */
function rawFromParts(url: Json, where: string): string {
  const protocol = stringField(url, 'protocol');
  const host = joinPieces(field(url, 'host'), '.');
  const port = asText(field(url, 'port'));
  const path = joinPieces(field(url, 'path'), '/');
  const query = listField(url, 'query', where, 'the URL query')
    .filter((row) => isRecord(row) && field(row, 'disabled') !== true)
    .map((row) => {
      const value = field(row, 'value');
      return value === null || value === undefined
        ? asText(field(row, 'key'))
        : `${asText(field(row, 'key'))}=${asText(value)}`;
    })
    .join('&');
  const hash = stringField(url, 'hash');
  return (
    `${protocol ? `${protocol}://` : ''}${host}${port ? `:${port}` : ''}${path ? `/${path}` : ''}` +
    `${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`
  );
}

/** Reads a Postman request's `url` (text, or an object with `raw`); null when the request has none. */
export function urlFromPostman(url: unknown, where: string): PostmanUrlParts | null {
  if (url === undefined || url === null) return null;
  if (typeof url === 'string') return { url, disabledParams: [], pathValues: [] };
  if (!isRecord(url))
    refuse(`${where}: the URL should be text or an object with "raw", but it is ${describe(url)}.`);
  const raw = stringField(url, 'raw') ?? rawFromParts(url, where);
  const disabledParams = listField(url, 'query', where, 'the URL query')
    .filter((row) => isRecord(row) && field(row, 'disabled') === true)
    .map((row) => ({ name: asText(field(row, 'key')), value: asText(field(row, 'value')), enabled: false }));
  const pathValues = listField(url, 'variable', where, 'the path variables')
    .filter(isRecord)
    .map((row) => ({
      name: asText(field(row, 'key') ?? field(row, 'id')),
      value: asText(field(row, 'value')),
      enabled: field(row, 'disabled') !== true,
    }));
  return { url: raw, disabledParams, pathValues };
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;

/**
 * A draft's address as Postman's URL object. `raw` is the URL box exactly (importers read it
 * first); the parsed pieces are what Postman shows in its own editor.
 */
export function urlToPostman(draft: SavedDraft): Json {
  const { base, query, fragment } = splitUrl(draft.url);
  const out: Json = { raw: draft.url };
  let rest = base;
  const scheme = SCHEME.exec(base);
  if (scheme) {
    out.protocol = scheme[1];
    rest = base.slice(scheme[0].length);
  }
  const slash = rest.indexOf('/');
  let authority = slash === -1 ? rest : rest.slice(0, slash);
  const port = /:(\d+)$/.exec(authority);
  if (port && !authority.endsWith(']')) {
    out.port = port[1];
    authority = authority.slice(0, port.index);
  }
  if (authority !== '') {
    // A variable may stand for a whole host (`{{baseUrl}}`) and may hold dots itself.
    out.host = /\{\{[^}]*\.[^}]*\}\}/.test(authority) ? [authority] : authority.split('.');
  }
  if (slash !== -1) out.path = rest.slice(slash + 1).split('/');
  const rows = [
    ...parseQuery(query ?? '').map((row) => ({ key: row.name, value: row.value })),
    ...draft.params
      .filter((row) => !row.enabled)
      .map((row) => ({ key: row.name, value: row.value, disabled: true })),
  ];
  if (rows.length > 0) out.query = rows;
  if (draft.pathVariables.length > 0) {
    out.variable = draft.pathVariables.map((row) => ({
      key: row.name,
      value: row.value,
      ...(row.enabled ? {} : { disabled: true }),
    }));
  }
  if (fragment !== null) out.hash = fragment;
  return out;
}
