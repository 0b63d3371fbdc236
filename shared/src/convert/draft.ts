import type { Collection, CollectionItem, Environment, Variable } from '../schemas/library.ts';
import { defaultSession } from '../schemas/library.ts';
import type { SavedBody, SavedDraft, SavedRow } from '../schemas/saved-workspace.ts';
import { findPathVariables, parseQuery, splitUrl } from '../url/request-url.ts';

/** The editor's defaults for a new tab (web/src/lib/request-draft.ts), so imports look like typed ones. */
export const DEFAULT_TIMEOUT_MS = 300_000;
export const DEFAULT_TEXT_TYPE = 'text/plain; charset=utf-8';

export const newId = (): string => crypto.randomUUID();

/** A body that keeps every kind's content empty, as a fresh editor does. */
export function emptyBody(): SavedBody {
  return { kind: 'none', text: '', textContentType: DEFAULT_TEXT_TYPE, fields: [], parts: [], file: null };
}

export interface DraftParts {
  method?: string;
  /** The address as the URL box shows it, its query included. */
  url: string;
  /** Query rows the source had switched off: they are not in the URL, so they follow the others. */
  disabledParams?: readonly SavedRow[];
  /** Values for the `:name` segments, by name; names not in the URL are dropped. */
  pathValues?: readonly SavedRow[];
  headers?: readonly SavedRow[];
  body?: SavedBody;
  auth?: SavedDraft['auth'];
  followRedirects?: boolean;
  timeoutMs?: number;
}

/**
 * A complete draft, exactly as the editor would hold it after the URL was typed: the Params table
 * mirrors the URL's query (disabled rows at the end) and the path variables follow the `:name`
 * segments.
 *
 * @example buildDraft({ method: 'POST', url: '{{baseUrl}}/users/:id?x=1', pathValues: [{ name: 'id', value: '7', enabled: true }] })
 */
export function buildDraft(parts: DraftParts): SavedDraft {
  const { query } = splitUrl(parts.url);
  const values = new Map((parts.pathValues ?? []).map((row) => [row.name, row]));
  return {
    method: parts.method ?? 'GET',
    url: parts.url,
    params: [...parseQuery(query ?? ''), ...(parts.disabledParams ?? [])],
    pathVariables: findPathVariables(parts.url).map(
      (name) => values.get(name) ?? { name, value: '', enabled: true },
    ),
    headers: [...(parts.headers ?? [])],
    body: parts.body ?? emptyBody(),
    auth: parts.auth ?? { type: 'none' },
    followRedirects: parts.followRedirects ?? true,
    timeoutMs: parts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}

export function newCollection(
  name: string,
  items: CollectionItem[],
  extra: { description?: string; variables?: Variable[] } = {},
): Collection {
  return {
    id: newId(),
    name,
    description: extra.description ?? '',
    items,
    variables: extra.variables ?? [],
    session: defaultSession(),
  };
}

export function newEnvironment(name: string, variables: Variable[]): Environment {
  return { id: newId(), name, variables };
}

/** A request's name when the source gave none: what it does, e.g. `GET /users`. */
export function nameFromUrl(method: string, url: string): string {
  const { base } = splitUrl(url);
  const path = base.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]*/, '');
  return `${method} ${path || base || '/'}`.trim();
}
