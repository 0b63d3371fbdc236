import { Collection, CollectionItem, type SavedLibrary } from '../schemas/library.ts';

/** What a stored library turned out to be. */
export type SavedLibraryMigration =
  | { status: 'empty' }
  /** `dropped` says what could not be kept, when parts of the library were unreadable. */
  | { status: 'ok'; library: SavedLibrary; dropped: string | null }
  | { status: 'unreadable'; reason: string };

const CURRENT_VERSION = 1;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Counts what was lost while salvaging, to tell the user in one sentence. */
interface Losses {
  collections: number;
  items: number;
}

/**
 * The items that still read, deepest first: a folder with one broken request keeps its other
 * requests, rather than being lost whole.
 */
function salvageItems(raw: unknown, losses: Losses): CollectionItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((value): CollectionItem[] => {
    const item = CollectionItem.safeParse(value);
    if (item.success) return [item.data];
    if (
      isRecord(value) &&
      value.type === 'folder' &&
      typeof value.id === 'string' &&
      typeof value.name === 'string'
    ) {
      return [{ type: 'folder', id: value.id, name: value.name, items: salvageItems(value.items, losses) }];
    }
    losses.items += 1;
    return [];
  });
}

/** A collection whose own fields read, with whatever of its items still read; null otherwise. */
function salvageCollection(raw: unknown, losses: Losses): Collection | null {
  const whole = Collection.safeParse(raw);
  if (whole.success) return whole.data;
  const shell = Collection.safeParse(isRecord(raw) ? { ...raw, items: [] } : raw);
  if (!shell.success || !isRecord(raw)) {
    losses.collections += 1;
    return null;
  }
  return { ...shell.data, items: salvageItems(raw.items, losses) };
}

function lossReport({ collections, items }: Losses): string | null {
  const parts = [
    collections > 0 ? plural(collections, 'collection') : null,
    items > 0 ? `${plural(items, 'saved request')} or folder${items === 1 ? '' : 's'}` : null,
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  return `${parts.join(' and ')} could not be read.`;
}

/**
 * Reads whatever was stored under the library key, from any version, into the current shape.
 * Never throws: garbage comes back as `unreadable` with a reason a user can be shown, and a
 * library with some broken collections, folders or requests keeps everything that still reads.
 *
 * @example
 * const read = migrateSavedLibrary(await get('library'));
 * if (read.status === 'ok') show(read.library.collections);
 */
export function migrateSavedLibrary(stored: unknown): SavedLibraryMigration {
  if (stored === undefined || stored === null) return { status: 'empty' };
  if (!isRecord(stored)) return { status: 'unreadable', reason: 'the saved data is not a library.' };
  if (typeof stored.v === 'number' && stored.v > CURRENT_VERSION) {
    return {
      status: 'unreadable',
      reason: `they were saved by a newer version of HTTP Playground (format ${stored.v}).`,
    };
  }
  if (stored.v !== 1) return { status: 'unreadable', reason: 'the saved data has no known format version.' };
  if (!Array.isArray(stored.collections)) {
    return { status: 'unreadable', reason: 'the saved data holds no list of collections.' };
  }
  const losses: Losses = { collections: 0, items: 0 };
  const collections = stored.collections.flatMap((raw) => {
    const collection = salvageCollection(raw, losses);
    return collection ? [collection] : [];
  });
  return { status: 'ok', library: { v: 1, collections }, dropped: lossReport(losses) };
}
