import type { Environment, SavedEnvironments, Variable } from '@playground/shared';

export const emptyEnvironments = (): SavedEnvironments => ({ v: 1, environments: [], activeId: null });

export function activeEnvironment(saved: SavedEnvironments): Environment | null {
  return saved.environments.find((e) => e.id === saved.activeId) ?? null;
}

let created = 0;
function newId(): string {
  created += 1;
  return `env-${Date.now().toString(36)}-${created}-${Math.random().toString(36).slice(2, 8)}`;
}

/** `wanted`, or `wanted 2`, `wanted 3`… so two environments are never listed under one name. */
export function uniqueName(wanted: string, taken: readonly string[]): string {
  if (!taken.includes(wanted)) return wanted;
  for (let n = 2; ; n += 1) if (!taken.includes(`${wanted} ${n}`)) return `${wanted} ${n}`;
}

const names = (saved: SavedEnvironments) => saved.environments.map((e) => e.name);

/** Adds an empty environment and returns its id with the new state. */
export function addEnvironment(saved: SavedEnvironments, name = 'New environment') {
  const environment: Environment = { id: newId(), name: uniqueName(name, names(saved)), variables: [] };
  return { id: environment.id, saved: { ...saved, environments: [...saved.environments, environment] } };
}

/** Adds a copy (variables, secrets included) right after the original; returns the copy's id. */
export function duplicateEnvironment(saved: SavedEnvironments, id: string) {
  const index = saved.environments.findIndex((e) => e.id === id);
  const original = saved.environments[index];
  if (!original) return { id: null, saved };
  const copy: Environment = {
    id: newId(),
    name: uniqueName(`${original.name} copy`, names(saved)),
    variables: original.variables.map((v) => ({ ...v })),
  };
  const environments = [...saved.environments];
  environments.splice(index + 1, 0, copy);
  return { id: copy.id, saved: { ...saved, environments } };
}

const patch = (saved: SavedEnvironments, id: string, change: Partial<Environment>): SavedEnvironments => ({
  ...saved,
  environments: saved.environments.map((e) => (e.id === id ? { ...e, ...change } : e)),
});

export const renameEnvironment = (saved: SavedEnvironments, id: string, name: string) =>
  patch(saved, id, { name });

export const setVariables = (saved: SavedEnvironments, id: string, variables: Variable[]) =>
  patch(saved, id, { variables });

/** Removes it; if it was active, no environment is active any more. */
export function removeEnvironment(saved: SavedEnvironments, id: string): SavedEnvironments {
  return {
    ...saved,
    environments: saved.environments.filter((e) => e.id !== id),
    activeId: saved.activeId === id ? null : saved.activeId,
  };
}

export function selectEnvironment(saved: SavedEnvironments, id: string | null): SavedEnvironments {
  const known = id !== null && saved.environments.some((e) => e.id === id);
  return { ...saved, activeId: known ? id : null };
}
