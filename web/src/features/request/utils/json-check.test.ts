import { describe, expect, it } from 'vitest';
import { formatJson, jsonProblem } from './json-check.ts';

describe('jsonProblem', () => {
  it('accepts valid JSON and an empty body', () => {
    expect(jsonProblem('{"a": [1, 2, {"b": null}]}')).toBeNull();
    expect(jsonProblem('  ')).toBeNull();
  });

  it('points at the line and column of the mistake', () => {
    const problem = jsonProblem('{\n  "a": 1,\n  "b": }');
    expect(problem).toMatchObject({ line: 3, column: 8 });
    expect(problem?.message).toMatch(/value is expected/);
  });

  it('reports text cut short at its end', () => {
    expect(jsonProblem('{"a": 1')).toMatchObject({ line: 1, column: 8, message: 'A closing } is missing' });
  });

  it('explains the mistakes people make most', () => {
    expect(jsonProblem('[1, 2,]')?.message).toMatch(/trailing comma/);
    expect(jsonProblem("{'a': 1}")?.message).toMatch(/double quotes/);
    expect(jsonProblem('{"a": 1} // note')?.message).toMatch(/comments/);
    expect(jsonProblem('{"a": 1 "b": 2}')).toMatchObject({ message: 'A comma is expected', column: 9 });
  });
});

describe('formatJson', () => {
  it('indents with two spaces and keeps big numbers exact', () => {
    expect(formatJson('{"id":12345678901234567890,"tags":["a","b"]}')).toBe(
      '{\n  "id": 12345678901234567890,\n  "tags": [\n    "a",\n    "b"\n  ]\n}',
    );
  });

  it('tidies what it can of invalid JSON', () => {
    expect(formatJson('{"a":1,"b":}')).toBe('{\n  "a": 1,\n  "b":\n}');
  });
});
