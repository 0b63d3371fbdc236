import { describe, expect, it } from 'vitest';
import { readShareLocation, snapshotUrl } from './share-location.ts';

describe('readShareLocation', () => {
  it('finds a link payload in the fragment, with or without #', () => {
    expect(readShareLocation('/', '#share=abc_-')).toEqual({ kind: 'link', payload: 'abc_-' });
    expect(readShareLocation('/', 'share=')).toEqual({ kind: 'link', payload: '' });
  });

  it('finds a snapshot id in /s/<id>', () => {
    const id = 'Ab3_x-9Ab3_x-9Ab3_x-9Ab3';
    expect(readShareLocation(`/s/${id}`, '')).toEqual({ kind: 'snapshot', id });
    expect(readShareLocation(`/s/${id}/`, '')).toEqual({ kind: 'snapshot', id });
  });

  it('flags an edited snapshot path instead of looking it up', () => {
    expect(readShareLocation('/s/', '')).toEqual({ kind: 'bad-snapshot-path' });
    expect(readShareLocation('/s/a%20b', '')).toEqual({ kind: 'bad-snapshot-path' });
    expect(readShareLocation('/s/a/b', '')).toEqual({ kind: 'bad-snapshot-path' });
    // A short link cut by one character.
    expect(readShareLocation('/s/Ab3_x-9Ab3_x-9Ab3_x-9A', '')).toEqual({ kind: 'bad-snapshot-path' });
  });

  it('is null for the plain playground and other fragments', () => {
    expect(readShareLocation('/', '')).toBeNull();
    expect(readShareLocation('/', '#other')).toBeNull();
    expect(readShareLocation('/settings', '')).toBeNull();
  });

  it('builds short links, in presenter mode on request', () => {
    expect(snapshotUrl('http://127.0.0.1:8787', 'x1')).toBe('http://127.0.0.1:8787/s/x1');
    expect(snapshotUrl('http://h', 'x1', { present: true })).toBe('http://h/s/x1?present');
  });
});
