/**
 * The bytes of a `wire` event. base64 keeps a captured message exact through JSON; `atob` exists
 * in browsers and in Node.
 *
 * @example base64ToBytes('SGk=') // Uint8Array [72, 105]
 */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * One character per byte (ISO-8859-1), so string offsets are byte offsets: the parser searches
 * for CR LF, colons and boundaries in this text and labels bytes by the offsets it finds.
 */
export function latin1Text(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let text = '';
  // In slices: fromCharCode with too many arguments overflows the stack.
  for (let at = start; at < end; at += 8192) {
    text += String.fromCharCode(...bytes.subarray(at, Math.min(end, at + 8192)));
  }
  return text;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** How many bytes at the end start a UTF-8 character that the end of the capture cut in two. */
function cutCharacterBytes(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back += 1) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return 0;
    if (byte < 0xc0) continue; // a continuation byte: its lead is further back
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return back < needed ? back : 0;
  }
  return 0;
}

/** The bytes as UTF-8 when they are valid UTF-8 (a character cut off at the very end set apart), else null. */
function strictUtf8(bytes: Uint8Array): { text: string; cut: Uint8Array } | null {
  const keep = bytes.length - cutCharacterBytes(bytes);
  try {
    return { text: utf8.decode(bytes.subarray(0, keep)), cut: bytes.subarray(keep) };
  } catch {
    return null;
  }
}

/**
 * Whether bytes are better shown as a hex note than as text: a NUL byte, bytes that are not
 * UTF-8, or more than one control character in twenty.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const text = strictUtf8(bytes)?.text;
  if (text === undefined) return true;
  let controls = 0;
  for (const char of text) if (UNSAFE.test(char) && char !== '\r') controls += 1;
  return controls > text.length / 20;
}

/** A run of display text: as it is, or an escape standing for a character that must not be shown raw. */
export interface SafeRun {
  text: string;
  escaped: boolean;
}

// C0 and C1 controls (tab and line feed excepted), DEL, bidi and invisible format characters, and
// the byte order mark: shown raw they would reorder, hide or corrupt the text around them.
const UNSAFE_CLASS =
  '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]';
const UNSAFE = new RegExp(UNSAFE_CLASS, 'u');
const UNSAFE_RUNS = new RegExp(`${UNSAFE_CLASS}+`, 'gu');

function hexEscape(byte: number): string {
  return `\\x${byte.toString(16).padStart(2, '0')}`;
}

function escapeOf(char: string): string {
  const code = char.codePointAt(0)!;
  if (char === '\r') return '\\r';
  if (code <= 0xff) return hexEscape(code);
  return `\\u{${code.toString(16)}}`;
}

/**
 * Text safe to put on screen: UTF-8 when valid (else ISO-8859-1, as Node reads header bytes),
 * tabs and line feeds kept, CR LF read as a line break, every other control or invisible
 * character as an escape such as `\x00` or `\u{202e}`.
 *
 * @example safeTextRuns(new TextEncoder().encode('a\u0000b'))
 * // [{ text: 'a', escaped: false }, { text: '\\x00', escaped: true }, { text: 'b', escaped: false }]
 */
export function safeTextRuns(bytes: Uint8Array): SafeRun[] {
  const decoded = strictUtf8(bytes) ?? { text: latin1Text(bytes), cut: new Uint8Array(0) };
  const text = decoded.text.replace(/\r\n/g, '\n');
  const runs: SafeRun[] = [];
  let at = 0;
  for (const match of text.matchAll(UNSAFE_RUNS)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), escaped: false });
    runs.push({ text: [...match[0]].map(escapeOf).join(''), escaped: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), escaped: false });
  if (decoded.cut.length > 0) runs.push({ text: [...decoded.cut].map(hexEscape).join(''), escaped: true });
  return runs;
}
