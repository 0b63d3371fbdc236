import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Variable } from '../schemas/library.ts';
import type { SavedDraft } from '../schemas/saved-workspace.ts';
import {
  type DynamicSource,
  findVariables,
  lookupForSend,
  lookupVariable,
  resolveDraftVariables,
  substituteVariables,
  type VariableScope,
} from './variables.ts';

const v = (name: string, value: string, more: Partial<Variable> = {}): Variable => ({
  name,
  value,
  enabled: true,
  secret: false,
  ...more,
});

const scope = (environment: Variable[] | null, collection: Variable[] | null = null): VariableScope => ({
  environment: environment && { name: 'Local', variables: environment },
  collection: collection && { name: 'Users API', variables: collection },
});

const fixed: DynamicSource = {
  now: () => new Date('2026-11-23T10:00:00.500Z'),
  random: () => 0.5,
  uuid: () => '6f1c2b2e-0000-4000-8000-000000000001',
};

const sub = (text: string, s: VariableScope) => substituteVariables(text, (n) => lookupVariable(s, n, fixed));

describe('findVariables', () => {
  it('finds names with letters, digits, _ - . and inner spaces, trimming the outer ones', () => {
    expect(findVariables('{{host}}/a/{{ user.id }}?k={{api-key_2}}&x={{my var}}').map((m) => m.name)).toEqual(
      ['host', 'user.id', 'api-key_2', 'my var'],
    );
  });

  it('gives where each one is, so the address box can mark it', () => {
    expect(findVariables('x{{a}}y')).toEqual([{ name: 'a', start: 1, end: 6 }]);
  });

  it.each(['{{}}', '{{ }}', '{{a/b}}', '{a}', '{{a}', '{{a{b}}'])('ignores %s', (text) => {
    expect(findVariables(text)).toEqual([]);
  });

  it('finds dynamic names', () => {
    expect(findVariables('{{$guid}}')).toEqual([{ name: '$guid', start: 0, end: 9 }]);
  });

  it('finds exactly the slices it reports, for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const m of findVariables(text)) {
          const slice = text.slice(m.start, m.end);
          expect(slice.startsWith('{{') && slice.endsWith('}}')).toBe(true);
          expect(slice.slice(2, -2).trim()).toBe(m.name);
        }
      }),
    );
  });
});

describe('lookupVariable', () => {
  it('prefers the active environment to the collection', () => {
    const s = scope([v('host', 'env')], [v('host', 'coll'), v('id', '7')]);
    expect(lookupVariable(s, 'host')).toEqual({ value: 'env', secret: false, source: 'environment' });
    expect(lookupVariable(s, 'id')).toEqual({ value: '7', secret: false, source: 'collection' });
  });

  it('skips disabled variables, falling back to the collection', () => {
    const s = scope([v('host', 'env', { enabled: false })], [v('host', 'coll')]);
    expect(lookupVariable(s, 'host')?.value).toBe('coll');
    expect(lookupVariable(scope([v('x', '1', { enabled: false })]), 'x')).toBeNull();
  });

  it('says whether the value is secret', () => {
    expect(lookupVariable(scope([v('token', 's3', { secret: true })]), 'token')?.secret).toBe(true);
  });

  it('generates the dynamic variables', () => {
    const s = scope(null);
    expect(lookupVariable(s, '$guid', fixed)?.value).toBe('6f1c2b2e-0000-4000-8000-000000000001');
    expect(lookupVariable(s, '$timestamp', fixed)?.value).toBe('1795428000');
    expect(lookupVariable(s, '$isoTimestamp', fixed)?.value).toBe('2026-11-23T10:00:00.500Z');
    expect(lookupVariable(s, '$randomInt', fixed)?.value).toBe('500');
    expect(lookupVariable(s, '$nope', fixed)).toBeNull();
  });

  it('keeps $randomInt within 0 to 1000', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (r) => {
        const n = Number(lookupVariable(scope(null), '$randomInt', { ...fixed, random: () => r })?.value);
        expect(Number.isInteger(n) && n >= 0 && n <= 1000).toBe(true);
      }),
    );
  });
});

describe('substituteVariables', () => {
  it('replaces what is defined and reports what is not, leaving it as written', () => {
    expect(sub('{{host}}/users?key={{ key }}', scope([v('host', 'http://127.0.0.1:5000')]))).toEqual({
      text: 'http://127.0.0.1:5000/users?key={{ key }}',
      unresolved: [{ name: 'key', reason: 'undefined' }],
    });
  });

  it('expands variables inside a value one level deep', () => {
    const s = scope([v('base', '{{scheme}}://{{domain}}'), v('scheme', 'http'), v('domain', 'localhost')]);
    expect(sub('{{base}}/x', s)).toEqual({ text: 'http://localhost/x', unresolved: [] });
  });

  it('names a variable missing inside a value', () => {
    expect(sub('{{base}}', scope([v('base', '{{scheme}}://x')]))).toEqual({
      text: '{{scheme}}://x',
      unresolved: [{ name: 'scheme', reason: 'undefined' }],
    });
  });

  it('stops after one level, so a variable that refers to itself ends', () => {
    expect(sub('{{a}}', scope([v('a', '{{a}}!')]))).toEqual({
      text: '{{a}}!!',
      unresolved: [{ name: 'a', reason: 'too-deep' }],
    });
    expect(sub('{{a}}', scope([v('a', '{{b}}'), v('b', '{{a}}')])).unresolved).toEqual([
      { name: 'b', reason: 'too-deep' },
    ]);
  });

  it('leaves text without variables alone', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(findVariables(text).length === 0);
        expect(sub(text, scope([v('a', '1')]))).toEqual({ text, unresolved: [] });
      }),
    );
  });

  it('with nothing defined, changes nothing and reports every name', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = sub(text, scope(null));
        expect(result.text).toBe(text);
        const reported = result.unresolved.map((u) => u.name);
        for (const m of findVariables(text)) if (!m.name.startsWith('$')) expect(reported).toContain(m.name);
      }),
    );
  });

  const name = fc.stringMatching(/^[a-z][a-z0-9_.-]{0,8}$/);
  it('puts in exactly the value of a plain variable', () => {
    fc.assert(
      fc.property(
        name,
        fc.string().filter((s) => !s.includes('{{')),
        fc.string(),
        (n, value, around) => {
          const text = `${around}{{${n}}}${around}`;
          fc.pre(findVariables(around).length === 0 && findVariables(text).length === 1);
          expect(sub(text, scope([v(n, value)])).text).toBe(`${around}${value}${around}`);
        },
      ),
    );
  });

  it('always ends, and whatever is left as {{name}} was reported', () => {
    const variables = fc.array(
      fc.record({
        name,
        value: fc.array(
          fc.oneof(
            name.map((n) => `{{${n}}}`),
            fc.string({ maxLength: 3 }),
          ),
          { maxLength: 4 },
        ),
        enabled: fc.boolean(),
        secret: fc.boolean(),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(variables, fc.array(name, { maxLength: 4 }), (defs, used) => {
        const s = scope(defs.map((d) => ({ ...d, value: d.value.join('') })));
        const result = sub(used.map((n) => `{{${n}}}`).join('/'), s);
        const left = findVariables(result.text).map((m) => m.name);
        if (left.length > 0) expect(result.unresolved.length).toBeGreaterThan(0);
        for (const u of result.unresolved.filter((x) => x.reason === 'undefined'))
          expect(lookupVariable(s, u.name, fixed)).toBeNull();
      }),
    );
  });
});

describe('$guid', () => {
  it('is a version 4 UUID, also where crypto.randomUUID is missing (plain http)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(lookupVariable(scope(null), '$guid')?.value).toMatch(uuid);
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(lookupVariable(scope(null), '$guid')?.value).toMatch(uuid);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});

describe('lookupForSend', () => {
  it('generates each dynamic variable once per send', () => {
    let count = 0;
    const lookup = lookupForSend(scope(null), { ...fixed, uuid: () => `id-${++count}` });
    expect(substituteVariables('{{$guid}} {{$guid}}', lookup).text).toBe('id-1 id-1');
  });
});

function draft(): SavedDraft {
  return {
    method: 'POST',
    url: '{{host}}/users/:id?key={{key}}',
    params: [{ name: 'key', value: '{{key}}', enabled: true }],
    pathVariables: [{ name: 'id', value: '{{userId}}', enabled: true }],
    headers: [
      { name: 'Authorization', value: 'Bearer {{token}}', enabled: true },
      { name: 'X-{{suffix}}', value: 'on', enabled: true },
      { name: 'X-Off', value: '{{off}}', enabled: false },
    ],
    body: {
      kind: 'json',
      text: '{"user":"{{user}}"}',
      textContentType: 'text/plain',
      fields: [{ name: 'f', value: '{{field}}', enabled: true }],
      parts: [],
      file: null,
    },
    auth: { type: 'basic', username: '{{user}}', password: '{{password}}' },
    followRedirects: true,
    timeoutMs: 1000,
  };
}

describe('resolveDraftVariables', () => {
  const s = scope(
    [v('host', 'http://127.0.0.1:8787'), v('token', 'abc', { secret: true }), v('user', 'ada')],
    [v('key', 'k1'), v('userId', '7'), v('suffix', 'Trace'), v('password', 'pw')],
  );

  it('resolves every part that is sent, and leaves the rest as it was', () => {
    const { draft: out, unresolved } = resolveDraftVariables(draft(), s);
    expect(out.url).toBe('http://127.0.0.1:8787/users/:id?key=k1');
    expect(out.params[0]?.value).toBe('k1');
    expect(out.pathVariables[0]?.value).toBe('7');
    expect(out.headers.map((h) => [h.name, h.value])).toEqual([
      ['Authorization', 'Bearer abc'],
      ['X-Trace', 'on'],
      ['X-Off', '{{off}}'],
    ]);
    expect(out.body.text).toBe('{"user":"ada"}');
    // Form fields belong to a body kind that is not chosen: not sent, not touched, not reported.
    expect(out.body.fields[0]?.value).toBe('{{field}}');
    expect(out.auth).toEqual({ type: 'basic', username: 'ada', password: 'pw' });
    expect(unresolved).toEqual([]);
  });

  it('lists each unresolved name once with every place it appears', () => {
    const { unresolved } = resolveDraftVariables(draft(), scope(null));
    expect(unresolved).toEqual([
      { name: 'host', reason: 'undefined', places: ['the address'] },
      { name: 'key', reason: 'undefined', places: ['the address'] },
      { name: 'userId', reason: 'undefined', places: ['path variable :id'] },
      { name: 'token', reason: 'undefined', places: ['header "Authorization"'] },
      { name: 'suffix', reason: 'undefined', places: ['header "X-{{suffix}}"'] },
      { name: 'user', reason: 'undefined', places: ['the body', 'the Basic auth username'] },
      { name: 'password', reason: 'undefined', places: ['the Basic auth password'] },
    ]);
  });

  it('resolves form fields, multipart text values and the bearer token when they are chosen', () => {
    const d = draft();
    const form = resolveDraftVariables(
      { ...d, body: { ...d.body, kind: 'form-urlencoded' }, auth: { type: 'bearer', token: '{{token}}' } },
      scope([v('field', 'F'), v('token', 'T')]),
    ).draft;
    expect(form.body.fields[0]?.value).toBe('F');
    expect(form.auth).toEqual({ type: 'bearer', token: 'T' });
    const file = new File(['x'], '{{field}}.txt');
    const multipart = resolveDraftVariables(
      {
        ...d,
        body: {
          ...d.body,
          kind: 'multipart',
          parts: [
            { kind: 'text', name: 'n-{{field}}', value: '{{field}}', enabled: true, file: null },
            { kind: 'file', name: 'up', value: '', enabled: true, file },
          ],
        },
      },
      scope([v('field', 'F')]),
    ).draft;
    expect(multipart.body.parts[0]).toMatchObject({ name: 'n-F', value: 'F' });
    expect(multipart.body.parts[1]?.file).toBe(file);
  });

  it('keeps what it does not know about (row ids, files)', () => {
    const d = { ...draft(), headers: [{ id: 'row-1', name: 'A', value: '{{user}}', enabled: true }] };
    expect(resolveDraftVariables(d, s).draft.headers[0]).toEqual({
      id: 'row-1',
      name: 'A',
      value: 'ada',
      enabled: true,
    });
  });

  it('never changes the draft it was given', () => {
    const d = draft();
    const copy = structuredClone(d);
    resolveDraftVariables(d, s);
    expect(d).toEqual(copy);
  });
});
