import { looksBinary, type SafeRun, safeTextRuns, type WirePart } from '@playground/shared';
import { HEX_ROW_BYTES, hexRow } from './hex-rows.ts';

/** Bytes of one part shown as text; the rest is counted, so a 64 KiB body does not flood the page. */
export const WIRE_TEXT_BYTES = 8 * 1024;
/** Bytes of one binary part shown in hex. */
export const WIRE_HEX_BYTES = 512;
/** Parts drawn per message (a body of 1-byte chunks has three parts per byte). */
export const WIRE_MAX_PARTS = 3000;

/** How one part appears on screen. `hidden` counts the part's bytes left out for length. */
export type PartContent =
  | { kind: 'mark'; text: string }
  | { kind: 'text'; runs: SafeRun[]; hidden: number }
  | { kind: 'hex'; rows: string[]; bytes: number; hidden: number };

/** Line breaks drawn as `\r\n`, as programmers write them, so the empty line is something you can see. */
const LINE_MARKS = new Set<WirePart['kind']>(['line-end', 'empty-line', 'part-empty-line', 'chunked-end']);

/** Bodies and the like: bytes that may be binary, shown as hex when they are. */
const PAYLOADS = new Set<WirePart['kind']>([
  'body',
  'chunk-data',
  'part-body',
  'preamble',
  'epilogue',
  'unparsed',
  'switched-protocol',
  'extra',
]);

/**
 * What to draw for one part of a captured message: line ends as `\r\n`, text with every control
 * character escaped, binary payloads as a short hex dump; long parts cut with a count of the rest.
 *
 * @example partContent({ kind: 'line-end', section: 'headers', start: 0, end: 2 }, bytes) // { kind: 'mark', text: '\\r\\n' }
 */
export function partContent(part: WirePart, bytes: Uint8Array): PartContent {
  const own = bytes.subarray(part.start, part.end);
  if (LINE_MARKS.has(part.kind)) {
    return {
      kind: 'mark',
      text: [...own].map((b) => (b === 0x0d ? '\\r' : b === 0x0a ? '\\n' : '·')).join(''),
    };
  }
  if (PAYLOADS.has(part.kind) && looksBinary(own.subarray(0, WIRE_TEXT_BYTES))) {
    const shown = own.subarray(0, WIRE_HEX_BYTES);
    const rows: string[] = [];
    for (let at = 0; at < shown.length; at += HEX_ROW_BYTES) {
      const row = hexRow(shown.subarray(at, at + HEX_ROW_BYTES), at);
      rows.push(`${row.hex.padEnd(HEX_ROW_BYTES * 3, ' ')} |${row.ascii}|`);
    }
    return { kind: 'hex', rows, bytes: own.length, hidden: own.length - shown.length };
  }
  const shown = own.subarray(0, WIRE_TEXT_BYTES);
  return { kind: 'text', runs: safeTextRuns(shown), hidden: own.length - shown.length };
}

/** The parts that end a line on screen: a line end, or one of the empty lines. */
export function endsLine(part: WirePart): boolean {
  return LINE_MARKS.has(part.kind);
}

/** `1 byte`, `2 bytes`: counts in notes read as words. */
export function byteCount(n: number): string {
  return n === 1 ? '1 byte' : `${n.toLocaleString('en')} bytes`;
}

/** What a cut leaves out, as the view says it: `… 1 more byte`, `… 65,024 more bytes`. */
export function moreBytes(n: number): string {
  return `… ${n.toLocaleString('en')} more ${n === 1 ? 'byte' : 'bytes'}`;
}
