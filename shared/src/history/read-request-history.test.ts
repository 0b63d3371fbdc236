import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../schemas/request-history.ts';
import { readRequestHistory } from './read-request-history.ts';

function entry(id: string): HistoryEntry {
  return {
    id,
    sentAt: 1_700_000_000_000,
    method: 'GET',
    url: 'http://x/get',
    outcome: { kind: 'response', status: 200, statusText: 'OK' },
    totalMs: 12,
    bodyBytes: 340,
    draft: {
      method: 'GET',
      url: 'http://x/get',
      params: [],
      pathVariables: [],
      headers: [{ name: 'Accept', value: '*/*', enabled: true }],
      body: {
        kind: 'binary',
        text: '',
        textContentType: 'text/plain',
        fields: [],
        parts: [],
        file: { missing: true, name: 'big.bin', size: 5_000_000, type: '' },
      },
      auth: { type: 'none' },
      followRedirects: true,
      timeoutMs: 30_000,
    },
  };
}

describe('readRequestHistory', () => {
  it('reads nothing stored as an empty history with the default cap', () => {
    expect(readRequestHistory(undefined)).toEqual({
      history: { v: 1, limit: 200, entries: [] },
      problem: null,
    });
  });

  it('reads a valid v1 history unchanged', () => {
    const stored = { v: 1, limit: 50, entries: [entry('b'), entry('a')] };
    expect(readRequestHistory(stored)).toEqual({ history: stored, problem: null });
  });

  it.each([
    ['a string', 'nonsense', 'not a history'],
    ['an array', [1, 2], 'not a history'],
    ['no version', { entries: [] }, 'no known format version'],
    ['a newer version', { v: 2, entries: [] }, 'newer version'],
  ])('turns %s into an empty history with a reason, without throwing', (_, stored, reason) => {
    const read = readRequestHistory(stored);
    expect(read.history.entries).toEqual([]);
    expect(read.problem).toContain(reason);
  });

  it('keeps the entries that still read and says how many were lost', () => {
    const read = readRequestHistory({ v: 1, limit: 10, entries: [entry('a'), { id: 3 }, entry('b')] });
    expect(read.history.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(read.history.limit).toBe(10);
    expect(read.problem).toBe('1 of 3 history entries could not be read.');
  });

  it('falls back to the default cap when the stored one is broken', () => {
    const read = readRequestHistory({ v: 1, limit: -4, entries: [entry('a')] });
    expect(read.history).toEqual({ v: 1, limit: 200, entries: [entry('a')] });
    expect(read.problem).toBeNull();
  });
});
