import type { Variable } from '../schemas/library.ts';

/**
 * `{{name}}` as Postman writes it: letters, digits, `_`, `-`, `.` and inner spaces, with spaces
 * around the name ignored (`{{ host }}` is `host`). A leading `$` names a dynamic variable.
 */
const VARIABLE = /\{\{[ \t]*(\$?[\p{L}\p{N}_.-]+(?:[ \t]+[\p{L}\p{N}_.-]+)*)[ \t]*\}\}/gu;

/** One `{{name}}` found in a text: where it starts and ends (end exclusive), and the name. */
export interface VariableMatch {
  name: string;
  start: number;
  end: number;
}

/**
 * Every `{{name}}` in `text`, in order.
 *
 * @example findVariables('{{host}}/users/{{ id }}') // [{name:'host',start:0,end:8}, {name:'id',start:15,end:23}]
 */
export function findVariables(text: string): VariableMatch[] {
  return [...text.matchAll(VARIABLE)].map((m) => ({
    name: m[1]!,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** A named set of variables: the active environment, or the collection the request belongs to. */
export interface VariableSet {
  name: string;
  variables: readonly Variable[];
}

/** Where `{{name}}` is looked up: the active environment first, then the request's collection. */
export interface VariableScope {
  environment: VariableSet | null;
  collection: VariableSet | null;
}

/** What a name stands for, and where that came from. */
export interface VariableValue {
  value: string;
  secret: boolean;
  source: 'environment' | 'collection' | 'dynamic';
}

/** The clock and randomness behind `{{$guid}}` and friends; tests pass fixed ones. */
export interface DynamicSource {
  now: () => Date;
  random: () => number;
  uuid: () => string;
}

/** A version 4 UUID. `crypto.randomUUID` exists only in secure contexts, and a classroom playground
 * may be served over plain http on the local network, so it is built from random bytes there. */
function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const defaultDynamic: DynamicSource = { now: () => new Date(), random: Math.random, uuid: randomUuid };

/** The dynamic variables offered, as in Postman, and what each gives (for hints on screen). */
export const DYNAMIC_VARIABLES: Readonly<Record<string, string>> = {
  $guid: 'a new random GUID',
  $timestamp: 'the current time in seconds since 1970',
  $isoTimestamp: 'the current time, ISO 8601 in UTC',
  $randomInt: 'a random whole number from 0 to 1000',
};

function dynamicValue(name: string, source: DynamicSource): string | null {
  switch (name) {
    case '$guid':
      return source.uuid();
    case '$timestamp':
      return String(Math.floor(source.now().getTime() / 1000));
    case '$isoTimestamp':
      return source.now().toISOString();
    case '$randomInt':
      return String(Math.floor(source.random() * 1001));
    default:
      return null;
  }
}

function findIn(set: VariableSet | null, name: string): Variable | undefined {
  // The last enabled definition wins, as a later header row overrides an earlier one.
  return set?.variables.findLast((v) => v.enabled && v.name.trim() === name);
}

/**
 * What `{{name}}` stands for, unexpanded: the active environment overrides the collection, disabled
 * variables do not count, and a `$` name not defined by the user is generated (a fresh value on
 * every call). `null` when it is defined nowhere.
 */
export function lookupVariable(
  scope: VariableScope,
  name: string,
  dynamic: DynamicSource = defaultDynamic,
): VariableValue | null {
  const fromEnvironment = findIn(scope.environment, name);
  if (fromEnvironment)
    return { value: fromEnvironment.value, secret: fromEnvironment.secret, source: 'environment' };
  const fromCollection = findIn(scope.collection, name);
  if (fromCollection)
    return { value: fromCollection.value, secret: fromCollection.secret, source: 'collection' };
  const generated = dynamicValue(name, dynamic);
  return generated === null ? null : { value: generated, secret: false, source: 'dynamic' };
}

/** A name that could not be turned into a value; the text keeps `{{name}}` as written. */
export interface UnresolvedName {
  name: string;
  /** `undefined`: defined nowhere. `too-deep`: its value still holds `{{...}}` after one level. */
  reason: 'undefined' | 'too-deep';
}

export type Lookup = (name: string) => VariableValue | null;

/**
 * Replaces each `{{name}}` with its value. A value may itself use variables (`{{base}}` =
 * `{{scheme}}://{{domain}}`); those are expanded once, and no further: a variable defined in terms
 * of itself, or two defined in terms of each other, would otherwise never end, and one level is
 * what a person can follow when reading the tables. What is left unexpanded stays as written and
 * is reported, so the user is told rather than guessing.
 */
export function substituteVariables(
  text: string,
  lookup: Lookup,
): { text: string; unresolved: UnresolvedName[] } {
  const unresolved: UnresolvedName[] = [];
  const replace = (source: string, depth: number): string =>
    source.replace(VARIABLE, (whole, name: string) => {
      const found = lookup(name);
      if (!found) {
        unresolved.push({ name, reason: 'undefined' });
        return whole;
      }
      if (depth > 0) {
        if (findVariables(found.value).length > 0) unresolved.push({ name, reason: 'too-deep' });
        return found.value;
      }
      return replace(found.value, depth + 1);
    });
  return { text: replace(text, 0), unresolved };
}

/**
 * A lookup for one send: each dynamic variable is generated once, so `{{$timestamp}}` in a header
 * and in the body carry the same time.
 */
export function lookupForSend(scope: VariableScope, dynamic: DynamicSource = defaultDynamic): Lookup {
  const generated = new Map<string, VariableValue | null>();
  return (name) => {
    if (!generated.has(name)) generated.set(name, lookupVariable(scope, name, dynamic));
    return generated.get(name)!;
  };
}

interface TextRow {
  name: string;
  value: string;
  enabled: boolean;
}

/**
 * The parts of a request draft that may hold `{{variables}}`. Both the web editor's draft and the
 * stored `SavedDraft` fit; what else a draft carries (row ids, files) is passed through untouched.
 */
export interface ResolvableDraft {
  url: string;
  params: readonly TextRow[];
  pathVariables: readonly TextRow[];
  headers: readonly TextRow[];
  body: {
    kind: string;
    text: string;
    fields: readonly TextRow[];
    parts: readonly (TextRow & { kind: 'text' | 'file' })[];
  };
  auth:
    | { type: 'none' }
    | { type: 'basic'; username: string; password: string }
    | { type: 'bearer'; token: string };
}

/** A name left as written, and every place of the request it appears in, in plain words. */
export interface UnresolvedVariable extends UnresolvedName {
  places: string[];
}

const TEXT_BODIES = new Set(['json', 'text', 'xml', 'html']);

/** Collects unresolved names across the parts of one request, each name once. */
export class UnresolvedList {
  #byName = new Map<string, UnresolvedVariable>();

  /** Substitutes `text`, noting what stayed unresolved under `place`. */
  resolve(text: string, lookup: Lookup, place: string): string {
    const result = substituteVariables(text, lookup);
    for (const { name, reason } of result.unresolved) {
      const entry = this.#byName.get(name) ?? { name, reason, places: [] };
      if (!entry.places.includes(place)) entry.places.push(place);
      this.#byName.set(name, entry);
    }
    return result.text;
  }

  list(): UnresolvedVariable[] {
    return [...this.#byName.values()];
  }
}

/**
 * The draft with every `{{name}}` replaced where it would be sent: the address (its query
 * included; the Params rows mirror it), path variables, headers (names and values), the body of
 * the chosen kind (text, form fields, multipart text values) and the chosen auth. Disabled rows
 * and the contents of kinds not chosen are left as they are. Pure apart from dynamic variables.
 *
 * @example
 * const { draft, unresolved } = resolveDraftVariables(tab.draft, { environment: local, collection: null });
 * // unresolved: [{ name: 'token', reason: 'undefined', places: ['header "Authorization"'] }]
 */
export function resolveDraftVariables<D extends ResolvableDraft>(
  draft: D,
  scope: VariableScope,
  options: { lookup?: Lookup; unresolved?: UnresolvedList } = {},
): { draft: D; unresolved: UnresolvedVariable[] } {
  const lookup = options.lookup ?? lookupForSend(scope);
  const list = options.unresolved ?? new UnresolvedList();
  const text = (value: string, place: string) => list.resolve(value, lookup, place);
  // The query lives in the address too, where it is reported; the rows only follow it.
  const quiet = new UnresolvedList();
  const rows = <R extends TextRow>(items: readonly R[], place: (row: R) => string | null): R[] =>
    items.map((row) => {
      if (!row.enabled) return row;
      const where = place(row);
      const sub = (value: string) => (where === null ? quiet.resolve(value, lookup, '') : text(value, where));
      return { ...row, name: sub(row.name), value: sub(row.value) };
    });

  // In reading order, so the list of unresolved names follows the screen.
  const url = text(draft.url, 'the address');
  const params = rows(draft.params, () => null);
  const pathVariables = rows(draft.pathVariables, (v) => `path variable :${v.name}`);
  const headers = rows(draft.headers, (h) => `header "${h.name.trim()}"`);
  const { body, auth } = draft;
  const resolvedBody = {
    ...body,
    text: TEXT_BODIES.has(body.kind) ? text(body.text, 'the body') : body.text,
    fields:
      body.kind === 'form-urlencoded' ? rows(body.fields, (f) => `form field "${f.name}"`) : body.fields,
    parts:
      body.kind === 'multipart'
        ? body.parts.map((part) =>
            part.kind === 'text' && part.enabled
              ? {
                  ...part,
                  name: text(part.name, `form field "${part.name}"`),
                  value: text(part.value, `form field "${part.name}"`),
                }
              : part,
          )
        : body.parts,
  };
  let resolvedAuth: ResolvableDraft['auth'] = auth;
  if (auth.type === 'basic') {
    resolvedAuth = {
      ...auth,
      username: text(auth.username, 'the Basic auth username'),
      password: text(auth.password, 'the Basic auth password'),
    };
  } else if (auth.type === 'bearer') {
    resolvedAuth = { ...auth, token: text(auth.token, 'the Bearer token') };
  }
  const resolved = { ...draft, url, params, pathVariables, headers, body: resolvedBody, auth: resolvedAuth };
  return { draft: resolved as D, unresolved: list.list() };
}
