export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: string };

/**
 * Parses JSON text; on failure says where (line and column) and what was expected, the same way
 * in every browser (engines word their own errors differently and some give no position at all).
 *
 * @example parseJsonText('{"a": }')
 * // { ok: false, problem: 'The file is not valid JSON: line 1, column 7: expected a value ... but found "}".' }
 */
export function parseJsonText(text: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (error instanceof RangeError) {
      return { ok: false, problem: 'The file nests its data too deeply to be read.' };
    }
    const found = findJsonError(text);
    if (!found) return { ok: false, problem: 'The file is not valid JSON.' };
    const { line, column } = lineColumn(text, found.at);
    return {
      ok: false,
      problem: `The file is not valid JSON: line ${line}, column ${column}: ${found.why}.`,
    };
  }
}

function lineColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

const show = (char: string) => (char === '"' ? "'\"'" : `"${char}"`);
const VALUE_HELP = 'a value (text in "double quotes", a number, true, false, null, { or [)';
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const LITERAL = /^(?:true|false|null)/;

type Found = { at: number; why: string } | null;

function scanString(text: string, start: number): { end: number } | { at: number; why: string } {
  for (let i = start + 1; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 34) return { end: i + 1 };
    if (code < 0x20)
      return { at: i, why: 'a line break or control character inside text in quotes (write it as \\n)' };
    if (code === 92) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          return { at: i, why: 'a \\u escape needs four hexadecimal digits' };
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        i += 1;
      } else {
        return { at: i, why: 'a backslash that starts no known escape (write \\\\ for a backslash)' };
      }
    }
  }
  return { at: start, why: 'this text in quotes is never closed' };
}

/** Walks the text with an explicit stack (no recursion, whatever the nesting) to the first mistake. */
function findJsonError(text: string): Found {
  const stack: ('object' | 'array')[] = [];
  let want: 'value' | 'key' | 'colon' | 'after' = 'value';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lastComma = -1;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
    if (i >= text.length) {
      if (want === 'after' && stack.length === 0) return null;
      if (text.trim() === '') return { at: 0, why: 'the file is empty' };
      const open = stack[stack.length - 1];
      return {
        at: text.length,
        why: open
          ? `the file ends before the closing ${open === 'object' ? '}' : ']'}`
          : 'the file ends too early',
      };
    }
    const char = text[i]!;
    if (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
      return { at: i, why: 'JSON does not allow comments' };
    if (char === "'") return { at: i, why: 'JSON needs "double quotes", not single quotes' };
    if (want === 'after') {
      const open = stack[stack.length - 1];
      if (!open)
        return { at: i, why: `more text after the end of the JSON data, starting with ${show(char)}` };
      const close = open === 'object' ? '}' : ']';
      if (char === ',') {
        lastComma = i;
        want = open === 'object' ? 'key' : 'value';
      } else if (char === close) {
        stack.pop();
      } else {
        return { at: i, why: `expected "," or "${close}" but found ${show(char)}` };
      }
      i += 1;
      continue;
    }
    if (want === 'colon') {
      if (char !== ':') return { at: i, why: `expected ":" after the property name but found ${show(char)}` };
      want = 'value';
      i += 1;
      continue;
    }
    if ((char === '}' || char === ']') && lastComma !== -1 && text.slice(lastComma + 1, i).trim() === '')
      return { at: lastComma, why: `a comma before "${char}" is not allowed in JSON` };
    if (want === 'key') {
      if (char !== '"')
        return { at: i, why: `expected a property name in "double quotes" but found ${show(char)}` };
      const scanned = scanString(text, i);
      if ('at' in scanned) return scanned;
      i = scanned.end;
      want = 'colon';
      continue;
    }
    // want === 'value'
    if (char === '{' || char === '[') {
      stack.push(char === '{' ? 'object' : 'array');
      i += 1;
      while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
      if (text[i] === (char === '{' ? '}' : ']')) {
        stack.pop();
        i += 1;
        want = 'after';
      } else {
        want = char === '{' ? 'key' : 'value';
      }
      continue;
    }
    if (char === '"') {
      const scanned = scanString(text, i);
      if ('at' in scanned) return scanned;
      i = scanned.end;
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      const number = NUMBER.exec(text.slice(i, i + 400));
      if (!number) return { at: i, why: 'a number that is not written the JSON way' };
      i += number[0].length;
    } else {
      const literal = LITERAL.exec(text.slice(i, i + 5));
      if (!literal) return { at: i, why: `expected ${VALUE_HELP} but found ${show(char)}` };
      i += literal[0].length;
    }
    want = 'after';
  }
}
