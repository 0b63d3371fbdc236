import { describe, expect, it } from 'vitest';
import { newRow } from '@/lib/request-draft.ts';
import { formatBulk, parseBulk } from './bulk-edit.ts';

const plain = (rows: { name: string; value: string; enabled: boolean }[]) =>
  rows.map(({ name, value, enabled }) => ({ name, value, enabled }));

describe('bulk edit of headers', () => {
  it('formats rows as header lines, disabled ones commented out', () => {
    const rows = [newRow('Accept', 'application/json'), newRow('X-Off', '1', false), newRow()];
    expect(formatBulk(rows, 'header')).toBe('Accept: application/json\n// X-Off: 1');
  });

  it('parses header lines back, splitting at the first colon', () => {
    const text = 'Accept: text/html\n\n  Referer: https://example.com/a:b  \n// X-Off: 1\nX-Empty';
    expect(plain(parseBulk(text, 'header', []))).toEqual([
      { name: 'Accept', value: 'text/html', enabled: true },
      { name: 'Referer', value: 'https://example.com/a:b', enabled: true },
      { name: 'X-Off', value: '1', enabled: false },
      { name: 'X-Empty', value: '', enabled: true },
    ]);
  });

  it('round-trips, keeping ids by position', () => {
    const rows = [newRow('A', '1'), newRow('B', '2', false)];
    const back = parseBulk(formatBulk(rows, 'header'), 'header', rows);
    expect(back).toEqual(rows);
  });

  it('keeps a value that contains CR/LF-free colons and spaces', () => {
    expect(plain(parseBulk('Date: Tue, 15 Nov 1994 08:12:31 GMT', 'header', []))).toEqual([
      { name: 'Date', value: 'Tue, 15 Nov 1994 08:12:31 GMT', enabled: true },
    ]);
  });
});

describe('bulk edit of params', () => {
  it('formats as name=value', () => {
    expect(formatBulk([newRow('ram[from]', '8'), newRow('q', 'a b')], 'pair')).toBe('ram[from]=8\nq=a b');
  });

  it('reads name=value and name: value, whichever separator comes first', () => {
    expect(plain(parseBulk('a=1\nb: 2\ntime=10:30\nurl: http://x/?y=1\nflag', 'pair', []))).toEqual([
      { name: 'a', value: '1', enabled: true },
      { name: 'b', value: '2', enabled: true },
      { name: 'time', value: '10:30', enabled: true },
      { name: 'url', value: 'http://x/?y=1', enabled: true },
      { name: 'flag', value: '', enabled: true },
    ]);
  });
});
