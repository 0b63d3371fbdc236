import { type Collection, defaultSession } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { searchLibrary } from './search-library.ts';
import { savedDraft } from './test-drafts.ts';

const library = (): Collection[] => [
  {
    id: 'c',
    name: 'Users API',
    description: '',
    variables: [],
    session: defaultSession(),
    items: [
      {
        type: 'folder',
        id: 'f',
        name: 'Admin',
        items: [
          {
            type: 'request',
            id: 'create',
            name: 'Create user',
            draft: savedDraft('POST', '/users', {
              headers: [{ name: 'X-Role', value: 'superuser', enabled: true }],
              body: { ...savedDraft('', '').body, kind: 'json', text: '{"email":"ada@example.test"}' },
            }),
          },
        ],
      },
      { type: 'request', id: 'list', name: 'List users', draft: savedDraft('GET', '/users?page=2') },
    ],
  },
];

const paths = (query: string) => searchLibrary(library(), query).map((found) => found.path.join(' / '));

describe('searchLibrary', () => {
  it('finds requests by name, folder, method, URL, header name or value, and body text', () => {
    expect(paths('create')).toEqual(['Users API / Admin / Create user']);
    expect(paths('admin')).toEqual(['Users API / Admin / Create user']);
    expect(paths('users')).toEqual(['Users API / Admin / Create user', 'Users API / List users']);
    expect(paths('page=2')).toEqual(['Users API / List users']);
    expect(paths('x-role')).toEqual(['Users API / Admin / Create user']);
    expect(paths('SUPERUSER')).toEqual(['Users API / Admin / Create user']);
    expect(paths('ada@example')).toEqual(['Users API / Admin / Create user']);
  });

  it('needs every word to match, and finds nothing for an empty query', () => {
    expect(paths('post superuser')).toEqual(['Users API / Admin / Create user']);
    expect(paths('get superuser')).toEqual([]);
    expect(paths('   ')).toEqual([]);
  });
});
