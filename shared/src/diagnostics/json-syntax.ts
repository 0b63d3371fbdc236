import { printParseErrorCode, visit } from 'jsonc-parser';

/** Where and why a text is not JSON; line and column count from 1, as editors show them. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  /** Characters from the start of the text. */
  offset: number;
  /** What a parser expected or found there, in plain words. */
  message: string;
  /** The line it is on (cut to about 80 characters around the spot). */
  lineText: string;
  /** Where the spot is within `lineText`, from 0. */
  marker: number;
}

// jsonc-parser names its errors; these are the same, said for a learner.
const WORDS: Record<string, string> = {
  InvalidSymbol:
    'this is not something JSON allows (single quotes, comments, NaN and bare words are not JSON)',
  InvalidNumberFormat: 'this number is not written the JSON way (no leading zeros, no trailing dot, no hex)',
  PropertyNameExpected: 'a property name in double quotes was expected (is there a comma too many?)',
  ValueExpected: 'a value was expected (is there a comma too many, or nothing at all?)',
  ColonExpected: 'a colon (:) was expected after the property name',
  CommaExpected: 'a comma was expected between two items',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the JSON value ended, but more text follows it',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'a comment is not closed (and comments are not JSON anyway)',
  UnexpectedEndOfString: 'a string is not closed: a " is missing, or the line breaks inside the string',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a \\u escape needs exactly four hex digits',
  InvalidEscapeCharacter:
    'this backslash escape is not one JSON knows (\\n, \\t, \\", \\\\, \\/, \\b, \\f, \\r, \\uXXXX)',
  InvalidCharacter: 'a control character (such as a tab or line break) must be escaped inside a string',
};

function lineAt(text: string, offset: number, line: number, column: number) {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const endAt = text.indexOf('\n', offset);
  const whole = text.slice(start, endAt === -1 ? undefined : endAt).replace(/\r$/, '');
  const from = Math.max(0, column - 1 - 40);
  const cut = whole.slice(from, from + 80);
  return {
    line,
    column,
    lineText: `${from > 0 ? '…' : ''}${cut}${from + 80 < whole.length ? '…' : ''}`,
    marker: column - 1 - from + (from > 0 ? 1 : 0),
  };
}

/**
 * The first place a text stops being JSON, or null when JSON.parse accepts it. JSON.parse decides
 * (it is what response.json() uses); jsonc-parser, in strict mode, says where and why.
 *
 * @example jsonSyntaxError('{"a": 1,}')?.message // 'a property name in double quotes was expected …'
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    JSON.parse(text);
    return null;
  } catch (err) {
    let found: JsonSyntaxError | null = null;
    visit(
      text,
      {
        onError(code, offset, _length, startLine, startCharacter) {
          if (found) return;
          const words = WORDS[printParseErrorCode(code)] ?? 'the text is not valid JSON here';
          found = { offset, message: words, ...lineAt(text, offset, startLine + 1, startCharacter + 1) };
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
    if (found) return found;
    // The two parsers disagree (rare: e.g. a lone surrogate); JSON.parse's own words then.
    const message = err instanceof Error ? err.message : String(err);
    return { offset: 0, message, ...lineAt(text, 0, 1, 1) };
  }
}
