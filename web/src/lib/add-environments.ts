import type { Environment, SavedEnvironments } from '@playground/shared';

function freeName(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) if (!taken.has(`${wanted} ${n}`)) return `${wanted} ${n}`;
}

let added = 0;

/**
 * The saved environments with `incoming` ones added (from an import or a shared collection): each
 * under a fresh id, and renamed `Name 2` when the name is taken, so nothing the user has is replaced.
 * The active environment stays as it was.
 */
export function addEnvironments(
  saved: SavedEnvironments,
  incoming: readonly Environment[],
): SavedEnvironments {
  const taken = new Set(saved.environments.map((e) => e.name));
  const copies = incoming.map((environment) => {
    added += 1;
    const name = freeName(environment.name, taken);
    taken.add(name);
    return {
      id: `env-${Date.now().toString(36)}-i${added}-${Math.random().toString(36).slice(2, 8)}`,
      name,
      variables: environment.variables.map((v) => ({ ...v })),
    };
  });
  return { ...saved, environments: [...saved.environments, ...copies] };
}
