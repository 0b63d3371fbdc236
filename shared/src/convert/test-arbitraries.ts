import fc from 'fast-check';
import type { Collection, CollectionItem, Environment, Variable } from '../schemas/library.ts';
import type { SavedBody, SavedDraft, SavedPart, SavedRow } from '../schemas/saved-workspace.ts';
import { SavedBodyKind } from '../schemas/saved-workspace.ts';
import { buildDraft, DEFAULT_TEXT_TYPE, DEFAULT_TIMEOUT_MS } from './draft.ts';

// Test support: fast-check arbitraries for collections, shaped as the editor would store them.

const text = fc.string({ maxLength: 12 });
const name = fc.string({ minLength: 1, maxLength: 12 });
const row = fc.record({ name: text, value: text, enabled: fc.boolean() });
const rows = fc.array(row, { maxLength: 3 });
// File names never hold a path separator (importers keep only the last part of a path).
const fileName = fc.stringMatching(/^[^\\/]{0,12}$/);
const missingFile = fc.record({
  missing: fc.constant(true as const),
  name: fileName,
  size: fc.nat(),
  type: text,
});

const part: fc.Arbitrary<SavedPart> = fc.oneof(
  fc.record({
    name: text,
    value: text,
    enabled: fc.boolean(),
    kind: fc.constant('text' as const),
    file: fc.constant(null),
  }),
  fc.record(
    {
      name: text,
      value: fc.constant(''),
      enabled: fc.boolean(),
      kind: fc.constant('file' as const),
      file: fc.option(missingFile, { nil: null }),
      wantedFile: fileName,
    },
    { requiredKeys: ['name', 'value', 'enabled', 'kind', 'file'] },
  ),
);

const body: fc.Arbitrary<SavedBody> = fc.record(
  {
    kind: fc.constantFrom(...SavedBodyKind.options),
    text,
    textContentType: fc.oneof(
      fc.constant(DEFAULT_TEXT_TYPE),
      fc.constantFrom('text/csv', 'application/javascript'),
      text,
    ),
    fields: rows,
    parts: fc.array(part, { maxLength: 3 }),
    file: fc.option(missingFile, { nil: null }),
    wantedFile: fileName,
  },
  { requiredKeys: ['kind', 'text', 'textContentType', 'fields', 'parts', 'file'] },
);

const auth: fc.Arbitrary<SavedDraft['auth']> = fc.oneof(
  fc.constant({ type: 'none' as const }),
  fc.record({ type: fc.constant('basic' as const), username: text, password: text }),
  fc.record({ type: fc.constant('bearer' as const), token: text }),
);

/** Addresses with variables, ports, `:path` variables, queries (odd ones too) and fragments. */
const url = fc.oneof(
  text,
  fc
    .tuple(
      fc.constantFrom('', 'http://', 'https://'),
      fc.constantFrom('{{baseUrl}}', 'example.test', '127.0.0.1:8787', 'api.{{domain}}.test'),
      fc.array(fc.oneof(fc.stringMatching(/^[a-z0-9%-]{0,6}$/), fc.stringMatching(/^:[a-z][a-z0-9]{0,4}$/)), {
        maxLength: 4,
      }),
      fc.option(
        fc.array(
          fc.tuple(fc.stringMatching(/^[a-z%2{}]{0,4}$/), fc.option(fc.stringMatching(/^[a-z0-9 %+]{0,4}$/))),
          { maxLength: 3 },
        ),
      ),
      fc.option(fc.stringMatching(/^[a-z]{0,4}$/)),
    )
    .map(([scheme, host, path, query, fragment]) => {
      const q = query === null ? '' : `?${query.map(([k, v]) => (v === null ? k : `${k}=${v}`)).join('&')}`;
      return `${scheme}${host}${path.map((p) => `/${p}`).join('')}${q}${fragment === null ? '' : `#${fragment}`}`;
    }),
);

export const draftArbitrary = (options: { timeouts: boolean }): fc.Arbitrary<SavedDraft> =>
  fc
    .record({
      method: fc.oneof(
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
        fc.stringMatching(/^[A-Za-z]{1,8}$/),
      ),
      url,
      disabled: fc.array(
        row.map((r): SavedRow => ({ ...r, enabled: false })),
        { maxLength: 2 },
      ),
      pathValues: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,4}$/), fc.tuple(text, fc.boolean())),
      headers: rows,
      body,
      auth,
      followRedirects: fc.boolean(),
      timeoutMs: options.timeouts ? fc.nat() : fc.constant(DEFAULT_TIMEOUT_MS),
    })
    .map((d) =>
      buildDraft({
        ...d,
        disabledParams: d.disabled,
        pathValues: Object.entries(d.pathValues).map(([key, [value, enabled]]) => ({
          name: key,
          value,
          enabled,
        })),
      }),
    );

const variable: fc.Arbitrary<Variable> = fc.record({
  name: text,
  value: text,
  enabled: fc.boolean(),
  secret: fc.boolean(),
});

const items = (draft: fc.Arbitrary<SavedDraft>) =>
  fc.letrec<{ item: CollectionItem; items: CollectionItem[] }>((tie) => ({
    item: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ type: fc.constant('request' as const), id: fc.uuid(), name, draft }),
      fc.record({ type: fc.constant('folder' as const), id: fc.uuid(), name, items: tie('items') }),
    ),
    items: fc.array(tie('item'), { maxLength: 3 }),
  })).items;

/** Collections as the library stores them; `session` only when the target format can carry it. */
export const collectionArbitrary = (options: {
  timeouts: boolean;
  sessions: boolean;
}): fc.Arbitrary<Collection> =>
  fc.record({
    id: fc.uuid(),
    name,
    description: text,
    items: items(draftArbitrary(options)),
    variables: fc.array(variable, { maxLength: 3 }),
    session: options.sessions
      ? fc.record({ baseUrl: text, headers: rows, cookies: fc.boolean() })
      : fc.constant({ baseUrl: '', headers: [], cookies: true }),
  });

export const environmentArbitrary: fc.Arbitrary<Environment> = fc.record({
  id: fc.uuid(),
  name,
  variables: fc.array(variable, { maxLength: 3 }),
});
