import { Environment, SavedEnvironments } from '../schemas/library.ts';

/** What a stored value turned out to be. */
export type SavedEnvironmentsMigration =
  | { status: 'empty' }
  /** `dropped` says what could not be kept, when some environments were unreadable. */
  | { status: 'ok'; saved: SavedEnvironments; dropped: string | null }
  | { status: 'unreadable'; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads whatever was stored under the `environments` key, from any version, into the current
 * shape. Never throws: garbage comes back as `unreadable` with a reason a user can be shown, and a
 * value with some broken environments keeps those that can still be read. An active id that no
 * longer names an environment becomes "no environment".
 *
 * @example
 * const read = migrateSavedEnvironments(await get('environments'));
 * if (read.status === 'ok') show(read.saved.environments);
 */
export function migrateSavedEnvironments(stored: unknown): SavedEnvironmentsMigration {
  if (stored === undefined || stored === null) return { status: 'empty' };
  if (!isRecord(stored))
    return { status: 'unreadable', reason: 'the saved data is not a list of environments.' };
  if (typeof stored.v === 'number' && stored.v > 1) {
    return {
      status: 'unreadable',
      reason: `they were saved by a newer version of HTTP Playground (format ${stored.v}).`,
    };
  }
  if (stored.v !== 1) return { status: 'unreadable', reason: 'the saved data has no known format version.' };

  const whole = SavedEnvironments.safeParse(stored);
  const rawList = Array.isArray(stored.environments) ? stored.environments : null;
  if (!whole.success && rawList === null) {
    return { status: 'unreadable', reason: 'the saved environments could not be read (at environments).' };
  }
  // Keep every environment that still reads, rather than losing all of them to one bad variable.
  const environments = whole.success
    ? whole.data.environments
    : rawList!.flatMap((raw) => {
        const environment = Environment.safeParse(raw);
        return environment.success ? [environment.data] : [];
      });
  const activeId =
    typeof stored.activeId === 'string' && environments.some((e) => e.id === stored.activeId)
      ? stored.activeId
      : null;
  const lost = rawList === null ? 0 : rawList.length - environments.length;
  return {
    status: 'ok',
    saved: { v: 1, environments, activeId },
    dropped: lost > 0 ? `${lost} of ${rawList!.length} saved environments could not be read.` : null,
  };
}
