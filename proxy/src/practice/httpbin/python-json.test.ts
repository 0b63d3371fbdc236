import { describe, expect, it } from 'vitest';
import { pythonJson } from './python-json.ts';

describe('pythonJson', () => {
  it('sorts keys as Python does, numeric-looking ones included', () => {
    expect(pythonJson({ b: 1, 10: 2, 2: 3, a: [true, null] })).toBe('{"10":2,"2":3,"a":[true,null],"b":1}');
  });

  it('escapes everything outside printable ASCII like ensure_ascii', () => {
    expect(pythonJson({ s: 'é✓\u007f😀\n' })).toBe('{"s":"\\u00e9\\u2713\\u007f\\ud83d\\ude00\\n"}');
  });

  it('keeps insertion order with spaced separators, as plain json.dumps', () => {
    const line = new Map<string, unknown>([
      ['url', 'u'],
      [
        'args',
        new Map([
          ['z', '1'],
          ['a', '2'],
        ]),
      ],
      ['id', 0],
    ]);
    expect(pythonJson(line, { spaced: true, sortKeys: false })).toBe(
      '{"url": "u", "args": {"z": "1", "a": "2"}, "id": 0}',
    );
  });
});
