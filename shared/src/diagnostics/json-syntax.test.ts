import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from './json-syntax.ts';

describe('jsonSyntaxError', () => {
  it('accepts what JSON.parse accepts', () => {
    expect(jsonSyntaxError('{"a": [1, 2.5, "x", null, true]}')).toBeNull();
    expect(jsonSyntaxError('  42 ')).toBeNull();
  });

  it('points at a trailing comma, on the line and column an editor shows', () => {
    const error = jsonSyntaxError('{\n  "a": 1,\n}');
    expect(error).toMatchObject({ line: 3, column: 1, lineText: '}', marker: 0 });
    expect(error?.message).toMatch(/property name/);
  });

  it('names single quotes and Python literals as not JSON', () => {
    const quotes = jsonSyntaxError("{'a': 1}");
    expect(quotes).toMatchObject({ line: 1, column: 2 });
    expect(quotes?.message).toMatch(/single quotes/);
    expect(jsonSyntaxError('{"ok": True}')).toMatchObject({ line: 1, column: 8 });
  });

  it('finds a missing comma between items', () => {
    const error = jsonSyntaxError('[1, 2\n 3]');
    expect(error).toMatchObject({ line: 2, column: 2 });
    expect(error?.message).toMatch(/comma was expected/);
  });

  it('says a cut body ends too early', () => {
    expect(jsonSyntaxError('{"a": [1, 2')?.message).toMatch(/closing ]/);
    expect(jsonSyntaxError('{"a": "unfinished')?.message).toMatch(/string is not closed/);
  });

  it('says when text follows the value', () => {
    expect(jsonSyntaxError('{"a": 1}\n{"b": 2}')).toMatchObject({ line: 2, column: 1 });
  });

  it('keeps a long line short around the spot', () => {
    const long = `[${'1,'.repeat(100)}x]`;
    const error = jsonSyntaxError(long)!;
    expect(error.lineText.length).toBeLessThanOrEqual(82);
    expect(error.lineText[error.marker]).toBe('x');
  });
});
