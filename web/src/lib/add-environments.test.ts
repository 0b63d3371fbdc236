import type { SavedEnvironments } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { addEnvironments } from './add-environments.ts';

const saved: SavedEnvironments = {
  v: 1,
  environments: [
    { id: 'mine', name: 'Local', variables: [{ name: 'a', value: '1', enabled: true, secret: false }] },
  ],
  activeId: 'mine',
};

describe('addEnvironments', () => {
  it('adds copies under fresh ids and free names, keeping what was there and the active one', () => {
    const next = addEnvironments(saved, [
      { id: 'mine', name: 'Local', variables: [{ name: 'b', value: '2', enabled: true, secret: true }] },
      { id: 'x', name: 'Local', variables: [] },
      { id: 'y', name: 'Staging', variables: [] },
    ]);
    expect(next.activeId).toBe('mine');
    expect(next.environments[0]).toEqual(saved.environments[0]);
    expect(next.environments.map((e) => e.name)).toEqual(['Local', 'Local 2', 'Local 3', 'Staging']);
    const ids = next.environments.map((e) => e.id);
    expect(new Set(ids).size).toBe(4);
    expect(next.environments[1]!.variables).toEqual([{ name: 'b', value: '2', enabled: true, secret: true }]);
  });

  it('adds nothing for no environments', () => {
    expect(addEnvironments(saved, [])).toEqual(saved);
  });
});
