import { describe, expect, it } from 'vitest';
import { formatJson, isValidJson } from './format-json.ts';

describe('formatJson', () => {
  it('indents objects and arrays by two spaces', () => {
    expect(formatJson('{"a":[1,2],"b":{}}')).toBe('{\n  "a": [\n    1,\n    2\n  ],\n  "b": {}\n}');
  });

  it('keeps numbers, strings and duplicate keys exactly as sent', () => {
    const text = '{"big":12345678901234567890,"f":1.0,"s":"a\\"{,}:b","big":2}';
    const pretty = formatJson(text);
    expect(pretty).toContain('"big": 12345678901234567890');
    expect(pretty).toContain('"f": 1.0');
    expect(pretty).toContain('"s": "a\\"{,}:b"');
    expect(pretty).toContain('"big": 2');
    expect(JSON.parse(pretty)).toEqual(JSON.parse(text));
  });

  it('drops insignificant whitespace and keeps empty containers on one line', () => {
    expect(formatJson('[ ]')).toBe('[]');
    expect(formatJson(' [\n true , null ] ')).toBe('[\n  true,\n  null\n]');
  });
});

describe('isValidJson', () => {
  it('tells valid from broken JSON', () => {
    expect(isValidJson('{"a":1}')).toBe(true);
    expect(isValidJson('{"a":')).toBe(false);
  });
});
