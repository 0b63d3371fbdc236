import { PublishedSnapshot, type PublishedSnapshots } from '../schemas/published-snapshots.ts';

/** What was stored, and why some of it could not be read (null when all of it could). */
export interface PublishedSnapshotsRead {
  published: PublishedSnapshots;
  problem: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the stored list of snapshots published from this browser. Never throws: nothing stored is
 * an empty list, and an entry that no longer reads is dropped (and said so) while the others stay,
 * since each one holds the only key that can delete its snapshot.
 *
 * @example
 * const { published, problem } = readPublishedSnapshots(await get('published'));
 */
export function readPublishedSnapshots(stored: unknown): PublishedSnapshotsRead {
  const empty: PublishedSnapshots = { v: 1, snapshots: [] };
  if (stored === undefined || stored === null) return { published: empty, problem: null };
  if (!isRecord(stored) || stored.v !== 1 || !Array.isArray(stored.snapshots)) {
    const newer = isRecord(stored) && typeof stored.v === 'number' && stored.v > 1;
    return {
      published: empty,
      problem: newer
        ? `the list was saved by a newer version of HTTP Playground (format ${String(stored.v)}).`
        : 'the list of published snapshots is not in a known format.',
    };
  }
  const snapshots = stored.snapshots.flatMap((raw) => {
    const read = PublishedSnapshot.safeParse(raw);
    return read.success ? [read.data] : [];
  });
  const lost = stored.snapshots.length - snapshots.length;
  return {
    published: { v: 1, snapshots },
    problem: lost === 0 ? null : `${lost} published snapshot${lost === 1 ? '' : 's'} could not be read.`,
  };
}

/** The list with `snapshot` added at the front (replacing an entry with the same id). */
export function addPublishedSnapshot(
  published: PublishedSnapshots,
  snapshot: PublishedSnapshot,
): PublishedSnapshots {
  return { v: 1, snapshots: [snapshot, ...published.snapshots.filter((s) => s.id !== snapshot.id)] };
}

/** The list without the snapshot `id`. */
export function removePublishedSnapshot(published: PublishedSnapshots, id: string): PublishedSnapshots {
  return { v: 1, snapshots: published.snapshots.filter((s) => s.id !== id) };
}
