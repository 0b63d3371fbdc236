import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateSavedEnvironments } from './migrate-saved-environments.ts';

const v1 = () => ({
  v: 1 as const,
  environments: [
    {
      id: 'e1',
      name: 'Local',
      variables: [
        { name: 'host', value: 'http://127.0.0.1:5000', enabled: true, secret: false },
        { name: 'token', value: 's3cret', enabled: true, secret: true },
      ],
    },
    { id: 'e2', name: 'Staging', variables: [] },
  ],
  activeId: 'e2',
});

describe('migrateSavedEnvironments', () => {
  it('says nothing was saved when nothing was', () => {
    expect(migrateSavedEnvironments(undefined)).toEqual({ status: 'empty' });
    expect(migrateSavedEnvironments(null)).toEqual({ status: 'empty' });
  });

  it('keeps v1 environments as they were', () => {
    expect(migrateSavedEnvironments(v1())).toEqual({ status: 'ok', saved: v1(), dropped: null });
  });

  it('keeps an empty list, with no environment active', () => {
    const empty = { v: 1, environments: [], activeId: null };
    expect(migrateSavedEnvironments(empty)).toEqual({ status: 'ok', saved: empty, dropped: null });
  });

  it('turns an active id that names no environment into no environment', () => {
    const read = migrateSavedEnvironments({ ...v1(), activeId: 'gone' });
    expect(read.status === 'ok' && read.saved.activeId).toBeNull();
  });

  it('keeps the readable environments and says how many were lost', () => {
    const stored = { ...v1(), environments: [...v1().environments, { id: 'e3', name: 7 }] };
    const read = migrateSavedEnvironments(stored);
    expect(read).toEqual({
      status: 'ok',
      saved: v1(),
      dropped: '1 of 3 saved environments could not be read.',
    });
  });

  it.each([
    ['a string', 'hello', 'the saved data is not a list of environments.'],
    ['an array', [1], 'the saved data is not a list of environments.'],
    ['no version', { environments: [] }, 'the saved data has no known format version.'],
    ['a newer version', { v: 3 }, 'they were saved by a newer version of HTTP Playground (format 3).'],
    ['no list', { v: 1, activeId: null }, 'the saved environments could not be read (at environments).'],
  ])('says why %s is unreadable', (_, stored, reason) => {
    expect(migrateSavedEnvironments(stored)).toEqual({ status: 'unreadable', reason });
  });

  it('never throws, whatever was stored', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const read = migrateSavedEnvironments(stored);
        expect(['empty', 'ok', 'unreadable']).toContain(read.status);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (environments, activeId) => {
        migrateSavedEnvironments({ v: 1, environments, activeId });
      }),
    );
  });
});
