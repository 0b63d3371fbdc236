import { type Collection, defaultSession } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { destinations } from './destinations.ts';
import { savedDraft } from './test-drafts.ts';

const library: Collection[] = [
  {
    id: 'c1',
    name: 'Users API',
    description: '',
    variables: [],
    session: defaultSession(),
    items: [
      { type: 'request', id: 'r', name: 'List', draft: savedDraft('GET', '/') },
      {
        type: 'folder',
        id: 'f1',
        name: 'Admin',
        items: [{ type: 'folder', id: 'f2', name: 'Danger', items: [] }],
      },
    ],
  },
  { id: 'c2', name: 'Other', description: '', variables: [], session: defaultSession(), items: [] },
];

describe('destinations', () => {
  it('lists every collection and folder by its path', () => {
    expect(destinations(library).map((d) => [d.label, d.collectionId])).toEqual([
      ['Users API', 'c1'],
      ['Users API / Admin', 'c1'],
      ['Users API / Admin / Danger', 'c1'],
      ['Other', 'c2'],
    ]);
  });

  it('leaves out a folder being moved and everything inside it', () => {
    expect(destinations(library, 'f1').map((d) => d.label)).toEqual(['Users API', 'Other']);
  });
});
