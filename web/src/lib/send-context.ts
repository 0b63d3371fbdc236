import {
  type Collection,
  type Environment,
  hasScheme,
  lookupForSend,
  resolveDraftVariables,
  SCRATCH_JAR_ID,
  UnresolvedList,
  type UnresolvedVariable,
  type VariableScope,
} from '@playground/shared';
import { newRow, type RequestDraft } from './request-draft.ts';

/** What a send depends on besides the draft: the tab's collection, if any, and the active environment. */
export interface SendContext {
  collection: Collection | null;
  environment: Environment | null;
}

/** Where `{{name}}` is looked up for a request of `collection` with `environment` active. */
export function variableScope({ collection, environment }: SendContext): VariableScope {
  return {
    environment: environment && { name: environment.name, variables: environment.variables },
    collection: collection && { name: collection.name, variables: collection.variables },
  };
}

/**
 * Puts a scheme-less address after the base URL, with one `/` between them; a bare query or
 * fragment is appended as it is.
 *
 * @example joinBaseUrl('http://127.0.0.1:5000/api/', '/users/1') // 'http://127.0.0.1:5000/api/users/1'
 */
export function joinBaseUrl(base: string, address: string): string {
  const trimmedBase = base.trim();
  const trimmed = address.trim();
  if (trimmed.startsWith('?') || trimmed.startsWith('#')) return `${trimmedBase}${trimmed}`;
  return `${trimmedBase.replace(/\/+$/, '')}/${trimmed.replace(/^\/+/, '')}`;
}

/**
 * The draft as it goes out: `{{variables}}` resolved (the active environment over the collection),
 * then the collection's session applied as `requests.Session` does: a scheme-less address follows
 * its base URL, and its headers are added unless the request has one of the same name. Variables
 * left undefined stay as written (the request still goes) and are listed with where they appear.
 * The draft passed in is not changed, so history keeps what the user composed.
 *
 * @example
 * const { draft, unresolved } = prepareSend(tab.draft, { collection, environment });
 */
export function prepareSend(
  draft: RequestDraft,
  context: SendContext,
): { draft: RequestDraft; unresolved: UnresolvedVariable[] } {
  const scope = variableScope(context);
  const lookup = lookupForSend(scope);
  const list = new UnresolvedList();
  const resolved = resolveDraftVariables(draft, scope, { lookup, unresolved: list }).draft;
  const session = context.collection?.session;
  if (!session) return { draft: resolved, unresolved: list.list() };

  let url = resolved.url;
  if (url.trim() !== '' && !hasScheme(url) && session.baseUrl.trim() !== '') {
    url = joinBaseUrl(list.resolve(session.baseUrl, lookup, 'the collection’s base URL'), url);
  }
  const own = new Set(resolved.headers.filter((h) => h.enabled).map((h) => h.name.trim().toLowerCase()));
  const added = session.headers.flatMap((header) => {
    if (!header.enabled || header.name.trim() === '') return [];
    const place = `the collection’s header "${header.name.trim()}"`;
    const name = list.resolve(header.name, lookup, place);
    if (own.has(name.trim().toLowerCase())) return [];
    return [newRow(name, list.resolve(header.value, lookup, place))];
  });
  // Session headers first, then the request's own, as requests merges them.
  return { draft: { ...resolved, url, headers: [...added, ...resolved.headers] }, unresolved: list.list() };
}

/**
 * The cookie jar a request uses: its collection's when the collection keeps cookies, none when it
 * does not, and the scratch jar for a request in no collection (cookies work everywhere by default,
 * as in a browser).
 */
export function cookieJarId(collection: Collection | null): string | null {
  if (!collection) return SCRATCH_JAR_ID;
  return collection.session.cookies ? collection.id : null;
}
