/**
 * The four parts of an HTTP/1.1 message, as the course (seed 001) teaches them: a start line,
 * header lines, the empty line that ends them, and an optional body. `after` holds bytes past the
 * end of the message (a switched protocol, or junk a server sent).
 */
export type WireSection = 'start-line' | 'headers' | 'empty-line' | 'body' | 'after';

/** What one run of bytes in a message is. */
export type WirePartKind =
  | 'method'
  | 'request-target'
  | 'http-version'
  | 'status-code'
  | 'reason-phrase'
  | 'space'
  | 'field-name'
  | 'separator'
  | 'field-value'
  | 'whitespace'
  | 'line-end'
  | 'empty-line'
  | 'body'
  | 'chunk-size'
  | 'chunk-extension'
  | 'chunk-data'
  | 'last-chunk'
  | 'trailer-field-name'
  | 'trailer-field-value'
  | 'chunked-end'
  | 'preamble'
  | 'boundary'
  | 'closing-boundary'
  | 'part-field-name'
  | 'part-field-value'
  | 'part-empty-line'
  | 'part-body'
  | 'epilogue'
  | 'unparsed'
  | 'switched-protocol'
  | 'extra';

/** A run of bytes of a captured message and what it is. */
export interface WirePart {
  kind: WirePartKind;
  section: WireSection;
  /** Byte offsets into the captured bytes, end excluded. */
  start: number;
  end: number;
  /** A fact about this very part, e.g. `0x1a = 26 bytes` for a chunk size. */
  detail?: string;
}

const PART_NAMES: Record<WirePartKind, string> = {
  method: 'request line: method',
  'request-target': 'request-target',
  'http-version': 'HTTP version',
  'status-code': 'status line: status code',
  'reason-phrase': 'reason phrase',
  space: 'space between the parts of the start line',
  'field-name': 'header field name',
  separator: 'colon between field name and value',
  'field-value': 'field value',
  whitespace: 'optional whitespace (not part of the value)',
  'line-end': 'line end (CR LF)',
  'empty-line': 'empty line ending the header section',
  body: 'message body',
  'chunk-size': 'chunk size',
  'chunk-extension': 'chunk extension',
  'chunk-data': 'chunk data',
  'last-chunk': 'last chunk',
  'trailer-field-name': 'trailer field name',
  'trailer-field-value': 'trailer field value',
  'chunked-end': 'empty line ending the chunked body',
  preamble: 'multipart preamble (ignored by the receiver)',
  boundary: 'multipart boundary',
  'closing-boundary': 'closing multipart boundary',
  'part-field-name': 'part header field name',
  'part-field-value': 'part header field value',
  'part-empty-line': 'empty line ending the part headers',
  'part-body': 'part content',
  epilogue: 'multipart epilogue (ignored by the receiver)',
  unparsed: 'bytes that do not follow HTTP/1.1 syntax',
  'switched-protocol': 'bytes of the protocol switched to',
  extra: 'bytes after the end of the message',
};

const SECTION_NAMES: Record<WireSection, string> = {
  'start-line': '1. start line',
  headers: '2. headers',
  'empty-line': '3. empty line',
  body: '4. body',
  after: 'after the message',
};

/**
 * The plain name of a part, as a learner would look it up.
 *
 * @example wirePartName('field-name') // 'header field name'
 */
export function wirePartName(kind: WirePartKind): string {
  return PART_NAMES[kind];
}

/**
 * Which of the message's four parts a section is, numbered as the course numbers them.
 *
 * @example wireSectionName('empty-line') // '3. empty line'
 */
export function wireSectionName(section: WireSection): string {
  return SECTION_NAMES[section];
}
