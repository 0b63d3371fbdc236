import { describe, expect, it } from 'vitest';
import type { PublishedSnapshot } from '../schemas/published-snapshots.ts';
import {
  addPublishedSnapshot,
  readPublishedSnapshots,
  removePublishedSnapshot,
} from './read-published-snapshots.ts';

const snapshot = (id: string): PublishedSnapshot => ({
  id,
  deleteToken: `token-${id}`,
  name: `Collection ${id}`,
  publishedAt: '2026-01-01T10:00:00.000Z',
  expiresAt: '2026-01-31T10:00:00.000Z',
});

describe('readPublishedSnapshots', () => {
  it('reads nothing stored as an empty list', () => {
    expect(readPublishedSnapshots(undefined)).toEqual({ published: { v: 1, snapshots: [] }, problem: null });
  });

  it('reads a stored list as it is', () => {
    const published = { v: 1 as const, snapshots: [snapshot('a'), snapshot('b')] };
    expect(readPublishedSnapshots(published)).toEqual({ published, problem: null });
  });

  it('keeps every entry that still reads and says how many were lost', () => {
    const read = readPublishedSnapshots({ v: 1, snapshots: [snapshot('a'), { id: 3 }, snapshot('b')] });
    expect(read.published.snapshots.map((s) => s.id)).toEqual(['a', 'b']);
    expect(read.problem).toBe('1 published snapshot could not be read.');
  });

  it('says so for garbage and for a newer format', () => {
    expect(readPublishedSnapshots('garbage').problem).toBe(
      'the list of published snapshots is not in a known format.',
    );
    expect(readPublishedSnapshots({ v: 2, snapshots: [] }).problem).toContain('newer version');
  });
});

describe('changing the list', () => {
  it('adds at the front, replacing the same id, and removes by id', () => {
    const one = addPublishedSnapshot({ v: 1, snapshots: [] }, snapshot('a'));
    const two = addPublishedSnapshot(one, snapshot('b'));
    expect(two.snapshots.map((s) => s.id)).toEqual(['b', 'a']);
    expect(addPublishedSnapshot(two, snapshot('a')).snapshots.map((s) => s.id)).toEqual(['a', 'b']);
    expect(removePublishedSnapshot(two, 'b').snapshots.map((s) => s.id)).toEqual(['a']);
  });
});
