import { describe, expect, it } from 'vitest';
import {
  activeEnvironment,
  addEnvironment,
  duplicateEnvironment,
  emptyEnvironments,
  removeEnvironment,
  renameEnvironment,
  selectEnvironment,
  setVariables,
  uniqueName,
} from './environments-state.ts';

const token = { name: 'token', value: 's3', enabled: true, secret: true };

describe('environments state', () => {
  it('adds environments under names not taken yet', () => {
    const first = addEnvironment(emptyEnvironments());
    const second = addEnvironment(first.saved);
    expect(second.saved.environments.map((e) => e.name)).toEqual(['New environment', 'New environment 2']);
    expect(first.id).not.toBe(second.id);
    expect(second.saved.activeId).toBeNull();
  });

  it('renames, sets variables, selects and finds the active one', () => {
    const { id, saved } = addEnvironment(emptyEnvironments());
    let next = renameEnvironment(saved, id, 'Local');
    next = setVariables(next, id, [token]);
    next = selectEnvironment(next, id);
    expect(activeEnvironment(next)).toEqual({ id, name: 'Local', variables: [token] });
    expect(selectEnvironment(next, 'unknown').activeId).toBeNull();
    expect(activeEnvironment(selectEnvironment(next, null))).toBeNull();
  });

  it('duplicates right after the original, secrets included, as an independent copy', () => {
    const a = addEnvironment(emptyEnvironments(), 'Local');
    const b = addEnvironment(setVariables(a.saved, a.id, [token]), 'Staging');
    const copy = duplicateEnvironment(b.saved, a.id);
    expect(copy.saved.environments.map((e) => e.name)).toEqual(['Local', 'Local copy', 'Staging']);
    const copied = copy.saved.environments[1]!;
    expect(copied.variables).toEqual([token]);
    expect(copied.variables[0]).not.toBe(copy.saved.environments[0]!.variables[0]);
    expect(duplicateEnvironment(b.saved, 'nope')).toEqual({ id: null, saved: b.saved });
  });

  it('removing the active environment leaves none active', () => {
    const a = addEnvironment(emptyEnvironments(), 'Local');
    const b = addEnvironment(a.saved, 'Staging');
    const active = selectEnvironment(b.saved, a.id);
    expect(removeEnvironment(active, b.id).activeId).toBe(a.id);
    const removed = removeEnvironment(active, a.id);
    expect(removed.activeId).toBeNull();
    expect(removed.environments.map((e) => e.name)).toEqual(['Staging']);
  });

  it('numbers a taken name', () => {
    expect(uniqueName('Local', ['Local', 'Local 2'])).toBe('Local 3');
    expect(uniqueName('Local', [])).toBe('Local');
  });
});
