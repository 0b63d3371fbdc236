import { applyEdits, format, type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

/** Where and why a JSON text does not parse. */
export interface JsonProblem {
  message: string;
  line: number;
  column: number;
}

const WORDS: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidNumberFormat: 'This number is not written the JSON way',
  PropertyNameExpected: 'A property name in double quotes is expected (no trailing comma)',
  ValueExpected: 'A value is expected (no trailing comma)',
  ColonExpected: 'A colon is expected after the property name',
  CommaExpected: 'A comma is expected',
  CloseBraceExpected: 'A closing } is missing',
  CloseBracketExpected: 'A closing ] is missing',
  EndOfFileExpected: 'Nothing may follow the top-level value',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfComment: 'JSON has no comments',
  UnexpectedEndOfString: 'A string is not closed with "',
  UnexpectedEndOfNumber: 'A number ends too early',
  InvalidUnicode: 'A \\u escape needs four hex digits',
  InvalidEscapeCharacter: 'Unknown escape after \\',
  InvalidCharacter: 'Control characters (such as a line break) must be escaped inside a string',
};

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Why the text is not valid JSON, or null when it is (or is empty: no body is fine). The browser's
 * own parser decides; Microsoft's jsonc-parser (the one behind VS Code's JSON support) says where.
 */
export function jsonProblem(text: string): JsonProblem | null {
  if (text.trim() === '') return null;
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const [first] = errors;
    if (!first) {
      return {
        message: error instanceof Error ? error.message : 'Not valid JSON',
        ...lineAndColumn(text, text.length),
      };
    }
    const code = printParseErrorCode(first.error);
    const symbol = text.slice(first.offset, first.offset + Math.max(1, first.length));
    const message =
      code !== 'InvalidSymbol'
        ? (WORDS[code] ?? code)
        : symbol.startsWith("'")
          ? 'JSON strings and names use double quotes, not single quotes'
          : `Unexpected "${symbol.slice(0, 20)}"`;
    return { message, ...lineAndColumn(text, first.offset) };
  }
}

/**
 * The JSON re-indented with two spaces. Works on the text (jsonc-parser's formatter), so numbers
 * too large for JavaScript keep every digit and invalid JSON is tidied as far as it goes.
 */
export function formatJson(text: string): string {
  return applyEdits(text, format(text, undefined, { tabSize: 2, insertSpaces: true, eol: '\n' }));
}
