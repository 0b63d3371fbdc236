import { describe, expect, it } from 'vitest';
import { ROW_CHARS, TextRows } from './text-rows.ts';

describe('TextRows', () => {
  it('splits on line breaks, CRLF included', () => {
    const rows = new TextRows();
    rows.append('one\r\ntwo\nthree');
    expect(rows.count).toBe(3);
    expect([rows.row(0), rows.row(1), rows.row(2)]).toEqual(['one', 'two', 'three']);
  });

  it('keeps growing the open last row as text arrives', () => {
    const rows = new TextRows();
    rows.append('fir');
    rows.append('st\nsec');
    rows.append('ond\n');
    expect(rows.count).toBe(3);
    expect(rows.row(0)).toBe('first');
    expect(rows.row(1)).toBe('second');
    expect(rows.row(2)).toBe('');
  });

  it('wraps a long line into rows and marks the continuations', () => {
    const rows = new TextRows();
    rows.append('x'.repeat(ROW_CHARS * 2 + 5));
    expect(rows.count).toBe(3);
    expect(rows.row(2)).toBe('xxxxx');
    expect(rows.isContinuation(0)).toBe(false);
    expect(rows.isContinuation(1)).toBe(true);
    expect(rows.lineNumber(2)).toBe(1);
    expect(rows.text.length).toBe(ROW_CHARS * 2 + 5);
  });

  it('never cuts a surrogate pair in half', () => {
    const rows = new TextRows();
    rows.append(`${'x'.repeat(ROW_CHARS - 1)}😀tail`);
    expect(rows.row(0)).toBe('x'.repeat(ROW_CHARS - 1));
    expect(rows.row(1)).toBe('😀tail');
  });
});
