import { type Collection, defaultSession } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { savedDraft } from './test-drafts.ts';
import { focusAfterRemoval, visibleItems } from './visible-items.ts';

const library: Collection[] = [
  {
    id: 'c1',
    name: 'Users API',
    description: '',
    variables: [],
    session: defaultSession(),
    items: [
      {
        type: 'folder',
        id: 'f1',
        name: 'Admin',
        items: [{ type: 'request', id: 'r1', name: 'Create', draft: savedDraft('POST', '/u') }],
      },
      { type: 'request', id: 'r2', name: 'List', draft: savedDraft('GET', '/u') },
    ],
  },
  { id: 'c2', name: 'Empty', description: '', variables: [], session: defaultSession(), items: [] },
];

const shape = (collapsed: string[]) =>
  visibleItems(library, new Set(collapsed)).map((row) => [
    row.node.id,
    row.level,
    row.expanded,
    `${row.position}/${row.setSize}`,
  ]);

describe('visibleItems', () => {
  it('lists every row with its level, state and place among its siblings', () => {
    expect(shape([])).toEqual([
      ['c1', 1, true, '1/2'],
      ['f1', 2, true, '1/2'],
      ['r1', 3, null, '1/1'],
      ['r2', 2, null, '2/2'],
      ['c2', 1, true, '2/2'],
    ]);
  });

  it('hides what is inside a collapsed folder or collection', () => {
    expect(shape(['f1']).map((row) => row[0])).toEqual(['c1', 'f1', 'r2', 'c2']);
    expect(shape(['c1']).map((row) => row[0])).toEqual(['c1', 'c2']);
  });
});

describe('focusAfterRemoval', () => {
  const rows = visibleItems(library, new Set());
  it('moves to the next row outside the deleted one, else the one before', () => {
    expect(focusAfterRemoval(rows, 'f1')).toBe('r2');
    expect(focusAfterRemoval(rows, 'r1')).toBe('r2');
    expect(focusAfterRemoval(rows, 'c1')).toBe('c2');
    expect(focusAfterRemoval(rows, 'c2')).toBe('r2');
    expect(focusAfterRemoval(rows, 'nope')).toBeNull();
  });
});
