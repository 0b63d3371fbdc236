/**
 * Re-indents JSON text by its tokens without parsing values, so what the server sent survives exactly:
 * `12345678901234567890` and `1.0` stay as written (JSON.parse + stringify would round or drop them),
 * and key order and duplicate keys are kept. Invalid JSON comes out re-indented as far as it goes.
 *
 * @example formatJson('{"a":[1,2]}') // '{\n  "a": [\n    1,\n    2\n  ]\n}'
 */
export function formatJson(text: string, indent = '  '): string {
  let out = '';
  const pads = [''];
  const newline = (depth: number) => {
    while (pads.length <= depth) pads.push(pads[pads.length - 1] + indent);
    out += `\n${pads[depth]}`;
  };
  let depth = 0;
  let at = 0;
  const length = text.length;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      out += text.slice(at, end);
      at = end;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      const next = skipSpace(text, at + 1);
      if (text.charCodeAt(next) === code + 2) {
        // `{}` and `[]` stay on one line ('}' and ']' are two code points after '{' and '[').
        out += text[at]! + text[next]!;
        at = next + 1;
        continue;
      }
      depth += 1;
      out += text[at]!;
      newline(depth);
      at += 1;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1);
      newline(depth);
      out += text[at]!;
      at += 1;
    } else if (code === COMMA) {
      out += ',';
      newline(depth);
      at += 1;
    } else if (code === COLON) {
      out += ': ';
      at += 1;
    } else if (isSpace(code)) {
      at += 1;
    } else {
      // A number, true, false, null, or something broken: kept exactly up to the next delimiter.
      let end = at + 1;
      while (end < length && !isDelimiter(text.charCodeAt(end))) end += 1;
      out += text.slice(at, end);
      at = end;
    }
  }
  return out;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function isDelimiter(code: number): boolean {
  return (
    isSpace(code) ||
    code === COMMA ||
    code === COLON ||
    code === QUOTE ||
    code === OPEN_BRACE ||
    code === CLOSE_BRACE ||
    code === OPEN_BRACKET ||
    code === CLOSE_BRACKET
  );
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at += 1;
  return at;
}

/** Index just past the string starting at `open` (or the end of the text if it never closes). */
function stringEnd(text: string, open: number): number {
  let at = open + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/** Whether the text is valid JSON (checked apart from formatting, which tolerates broken input). */
export function isValidJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
