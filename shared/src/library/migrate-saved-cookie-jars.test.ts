import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JAR_COOKIES, SCRATCH_JAR_ID, type StoredCookie } from '../schemas/cookie.ts';
import { migrateSavedCookieJars } from './migrate-saved-cookie-jars.ts';

const cookie = (name: string, created = '2026-11-23T10:00:00.000Z'): StoredCookie => ({
  name,
  value: 'oat',
  domain: '127.0.0.1',
  path: '/',
  expires: null,
  hostOnly: true,
  secure: false,
  httpOnly: true,
  sameSite: 'lax',
  created,
});

const v1 = () => ({
  v: 1 as const,
  jars: [
    { id: SCRATCH_JAR_ID, cookies: [cookie('flavour')] },
    { id: 'c1', cookies: [cookie('session'), { ...cookie('theme'), expires: '2027-01-01T00:00:00.000Z' }] },
  ],
});

describe('migrateSavedCookieJars', () => {
  it('says nothing was saved when nothing was', () => {
    expect(migrateSavedCookieJars(undefined)).toEqual({ status: 'empty' });
  });

  it('keeps v1 jars as they were', () => {
    expect(migrateSavedCookieJars(v1())).toEqual({ status: 'ok', saved: v1(), dropped: null });
  });

  it('drops only the broken cookies and jars, and counts them', () => {
    const stored = {
      v: 1,
      jars: [
        { id: SCRATCH_JAR_ID, cookies: [cookie('flavour'), { ...cookie('bad'), sameSite: 'sometimes' }] },
        { id: SCRATCH_JAR_ID, cookies: [] },
        { id: 5, cookies: [] },
        'junk',
      ],
    };
    expect(migrateSavedCookieJars(stored)).toEqual({
      status: 'ok',
      saved: { v: 1, jars: [{ id: SCRATCH_JAR_ID, cookies: [cookie('flavour')] }] },
      dropped: '3 cookie jars and 1 cookie could not be read.',
    });
  });

  it('keeps the newest cookies of a jar over the limit', () => {
    const many = Array.from({ length: MAX_JAR_COOKIES + 2 }, (_, i) =>
      cookie(`c${i}`, new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString()),
    );
    const read = migrateSavedCookieJars({ v: 1, jars: [{ id: 'c1', cookies: many }] });
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    const kept = read.saved.jars[0]!.cookies;
    expect(kept).toHaveLength(MAX_JAR_COOKIES);
    expect(kept.map((c) => c.name)).not.toContain('c0');
    expect(kept.map((c) => c.name)).toContain(`c${MAX_JAR_COOKIES + 1}`);
    expect(read.dropped).toBe('2 cookies could not be read.');
  });

  it.each([
    ['a number', 42, 'the saved data is not a set of cookie jars.'],
    ['no version', { jars: [] }, 'the saved data has no known format version.'],
    [
      'a newer version',
      { v: 2, jars: [] },
      'they were saved by a newer version of HTTP Playground (format 2).',
    ],
    ['no jars', { v: 1 }, 'the saved cookie jars could not be read (at jars).'],
  ])('says why %s is unreadable', (_, stored, reason) => {
    expect(migrateSavedCookieJars(stored)).toEqual({ status: 'unreadable', reason });
  });

  it('never throws, whatever was stored', () => {
    fc.assert(
      fc.property(fc.anything(), (jars) => {
        const read = migrateSavedCookieJars({ v: 1, jars });
        expect(['ok', 'unreadable']).toContain(read.status);
        migrateSavedCookieJars(jars);
      }),
    );
  });
});
