import { type Collection, defaultSession, type Environment, SCRATCH_JAR_ID } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { newDraft, newRow, type RequestDraft } from './request-draft.ts';
import { cookieJarId, joinBaseUrl, prepareSend } from './send-context.ts';

const variable = (name: string, value: string, secret = false) => ({ name, value, enabled: true, secret });

const local: Environment = {
  id: 'e1',
  name: 'Local',
  variables: [variable('host', 'http://127.0.0.1:5000'), variable('token', 's3', true)],
};

function collection(
  session: Partial<Collection['session']> = {},
  variables = [variable('id', '7')],
): Collection {
  return {
    id: 'c1',
    name: 'Users API',
    description: '',
    items: [],
    variables,
    session: { ...defaultSession(), ...session },
  };
}

const withHeaders = (draft: RequestDraft, ...rows: [string, string, boolean?][]): RequestDraft => ({
  ...draft,
  headers: rows.map(([n, v, on = true]) => newRow(n, v, on)),
});

describe('joinBaseUrl', () => {
  it.each([
    ['http://h/api', '/users/1', 'http://h/api/users/1'],
    ['http://h/api/', 'users/1', 'http://h/api/users/1'],
    ['http://h/api//', '//users', 'http://h/api/users'],
    ['http://h', '?q=1', 'http://h?q=1'],
  ])('%s + %s', (base, address, expected) => {
    expect(joinBaseUrl(base, address)).toBe(expected);
  });
});

describe('prepareSend', () => {
  it('resolves variables with no collection, and leaves the draft it was given alone', () => {
    const draft = withHeaders(newDraft('GET', '{{host}}/users/{{id}}'), [
      'Authorization',
      'Bearer {{token}}',
    ]);
    const before = structuredClone(draft);
    const { draft: out, unresolved } = prepareSend(draft, { collection: null, environment: local });
    expect(out.url).toBe('http://127.0.0.1:5000/users/{{id}}');
    expect(out.headers.map((h) => h.value)).toEqual(['Bearer s3']);
    expect(unresolved).toEqual([{ name: 'id', reason: 'undefined', places: ['the address'] }]);
    expect(draft).toEqual(before);
  });

  it('looks in the collection after the environment', () => {
    const { draft, unresolved } = prepareSend(newDraft('GET', '{{host}}/users/{{id}}'), {
      collection: collection(),
      environment: local,
    });
    expect(draft.url).toBe('http://127.0.0.1:5000/users/7');
    expect(unresolved).toEqual([]);
  });

  it('puts a scheme-less address after the base URL, which may hold variables', () => {
    const users = collection({ baseUrl: '{{host}}/api' });
    expect(
      prepareSend(newDraft('GET', '/users/{{id}}'), { collection: users, environment: local }).draft.url,
    ).toBe('http://127.0.0.1:5000/api/users/7');
    expect(prepareSend(newDraft('GET', 'users'), { collection: users, environment: local }).draft.url).toBe(
      'http://127.0.0.1:5000/api/users',
    );
    // An address with a scheme, or an empty one, is left as it is.
    const full = 'http://127.0.0.1:9000/x';
    expect(prepareSend(newDraft('GET', full), { collection: users, environment: local }).draft.url).toBe(
      full,
    );
    expect(prepareSend(newDraft('GET', ''), { collection: users, environment: local }).draft.url).toBe('');
  });

  it('names an undefined variable of the base URL only when the base URL is used', () => {
    const users = collection({ baseUrl: '{{api}}' });
    expect(prepareSend(newDraft('GET', '/x'), { collection: users, environment: null }).unresolved).toEqual([
      { name: 'api', reason: 'undefined', places: ['the collection’s base URL'] },
    ]);
    expect(
      prepareSend(newDraft('GET', 'http://h/x'), { collection: users, environment: null }).unresolved,
    ).toEqual([]);
  });

  it('adds the session headers first, unless the request has its own of the same name', () => {
    const users = collection({
      headers: [
        { name: 'X-Test', value: 'true', enabled: true },
        { name: 'accept', value: 'text/plain', enabled: true },
        { name: 'X-Off', value: '1', enabled: false },
        { name: 'X-Token', value: '{{token}}', enabled: true },
      ],
    });
    const draft = withHeaders(
      newDraft('GET', 'http://h/'),
      ['Accept', 'application/json'],
      ['X-Test2', 'true'],
    );
    const out = prepareSend(draft, { collection: users, environment: local }).draft;
    expect(out.headers.map((h) => [h.name, h.value])).toEqual([
      ['X-Test', 'true'],
      ['X-Token', 's3'],
      ['Accept', 'application/json'],
      ['X-Test2', 'true'],
    ]);
  });

  it('still adds a session header when the request has it disabled', () => {
    const users = collection({ headers: [{ name: 'X-Test', value: 'session', enabled: true }] });
    const draft = withHeaders(newDraft('GET', 'http://h/'), ['X-Test', 'mine', false]);
    const out = prepareSend(draft, { collection: users, environment: null }).draft;
    expect(out.headers.filter((h) => h.enabled).map((h) => h.value)).toEqual(['session']);
  });
});

describe('cookieJarId', () => {
  it('uses the scratch jar outside collections, the collection’s when it keeps cookies, none otherwise', () => {
    expect(cookieJarId(null)).toBe(SCRATCH_JAR_ID);
    expect(cookieJarId(collection())).toBe('c1');
    expect(cookieJarId(collection({ cookies: false }))).toBeNull();
  });
});
