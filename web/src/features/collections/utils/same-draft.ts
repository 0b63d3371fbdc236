import type { SavedDraft } from '@playground/shared';

const isBlob = (value: unknown): value is Blob => typeof Blob !== 'undefined' && value instanceof Blob;

/** Files read back from IndexedDB are new objects: the same file has the same name, size, type and date. */
function sameFile(a: Blob, b: Blob): boolean {
  if (a === b) return true;
  const named = (blob: Blob) =>
    blob instanceof File ? [blob.name, blob.lastModified] : [undefined, undefined];
  const [aName, aDate] = named(a);
  const [bName, bDate] = named(b);
  return a.size === b.size && a.type === b.type && aName === bName && aDate === bDate;
}

/** Deep equality of stored values; a key holding `undefined` counts as absent. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (isBlob(a) || isBlob(b)) return isBlob(a) && isBlob(b) && sameFile(a, b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, index) => same(value, b[index]));
  }
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(aRecord), ...Object.keys(bRecord)]);
  for (const key of keys) {
    if (!same(aRecord[key], bRecord[key])) return false;
  }
  return true;
}

/**
 * Whether a tab's draft, in its stored form, is what was saved: the test behind the "unsaved
 * changes" mark. Stored drafts carry no row ids, so only what the user typed is compared.
 */
export function sameDraft(a: SavedDraft, b: SavedDraft): boolean {
  return same(a, b);
}
