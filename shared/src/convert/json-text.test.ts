import { describe, expect, it } from 'vitest';
import { parseJsonText } from './json-text.ts';

const problem = (text: string) => {
  const read = parseJsonText(text);
  if (read.ok) throw new Error('expected a problem');
  return read.problem;
};

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a": [1, true, null, "x"]}')).toEqual({
      ok: true,
      value: { a: [1, true, null, 'x'] },
    });
  });

  it('names the line and column of a missing value', () => {
    expect(problem('{\n  "name": \n}')).toBe(
      'The file is not valid JSON: line 3, column 1: expected a value (text in "double quotes", a number, true, false, null, { or [) but found "}".',
    );
  });

  it('explains the mistakes people make when editing JSON by hand', () => {
    expect(problem('{"a": 1,\n "b": 2,\n}')).toBe(
      'The file is not valid JSON: line 2, column 8: a comma before "}" is not allowed in JSON.',
    );
    expect(problem("{'a': 1}")).toContain('line 1, column 2: JSON needs "double quotes", not single quotes');
    expect(problem('{"a": 1 // why\n}')).toContain('line 1, column 9: JSON does not allow comments');
    expect(problem('{"a" 1}')).toContain(
      'line 1, column 6: expected ":" after the property name but found "1"',
    );
    expect(problem('[1 2]')).toContain('line 1, column 4: expected "," or "]" but found "2"');
    expect(problem('{"a": "x\ny"}')).toContain(
      'line 1, column 9: a line break or control character inside text in quotes',
    );
    expect(problem('{"a": 01}')).toContain('line 1, column 8: expected "," or "}" but found "1"');
  });

  it('says when the file ends too early or goes on after the data', () => {
    expect(problem('{"a": [1, 2')).toBe(
      'The file is not valid JSON: line 1, column 12: the file ends before the closing ].',
    );
    expect(problem('{"a": "never closed}')).toContain(
      'line 1, column 7: this text in quotes is never closed',
    );
    expect(problem('{} {}')).toContain('line 1, column 4: more text after the end of the JSON data');
    expect(problem('   ')).toContain('the file is empty');
  });

  it('finds a mistake deep inside heavily nested data without recursion', () => {
    const deep = `${'['.repeat(100_000)}x${']'.repeat(100_000)}`;
    expect(problem(deep)).toContain('line 1, column 100001');
  });
});
