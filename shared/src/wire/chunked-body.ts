import type { PartList } from './part-list.ts';

const TRAILER = { name: 'trailer-field-name', value: 'trailer-field-value', section: 'body' } as const;

/** Where a body ended, and whether all of it was in the captured bytes. */
export interface BodyEnd {
  end: number;
  complete: boolean;
}

function plural(n: number): string {
  return n === 1 ? '1 byte' : `${n} bytes`;
}

/**
 * Labels a chunked body (RFC 9112 §7.1): each chunk's size line (hexadecimal), its data and the
 * CR LF after it, then the last chunk (size 0), any trailer fields and the final empty line.
 */
export function chunkedBody(list: PartList, at: number): BodyEnd {
  const { text } = list;
  let pos = at;
  for (;;) {
    const line = list.line(pos);
    if (!line) {
      list.add('chunk-size', 'body', pos, text.length, 'cut off before the end of the line');
      return { end: text.length, complete: false };
    }
    const hex = /^[0-9a-fA-F]+/.exec(text.slice(pos, line.contentEnd))?.[0];
    if (hex === undefined) {
      list.add('unparsed', 'body', pos, line.contentEnd, 'a chunk must start with its size in hexadecimal');
      list.lineEnd(line, 'body');
      return { end: line.next, complete: false };
    }
    const size = Number.parseInt(hex, 16);
    const sizeEnd = pos + hex.length;
    if (size === 0) {
      list.add('last-chunk', 'body', pos, sizeEnd, 'size 0: no more data follows');
      list.add('chunk-extension', 'body', sizeEnd, line.contentEnd);
      list.lineEnd(line, 'body');
      return trailer(list, line.next);
    }
    list.add('chunk-size', 'body', pos, sizeEnd, `0x${hex} = ${plural(size)} of data follow`);
    list.add('chunk-extension', 'body', sizeEnd, line.contentEnd);
    list.lineEnd(line, 'body');
    const dataEnd = line.next + size;
    list.add('chunk-data', 'body', line.next, Math.min(dataEnd, text.length), plural(size));
    if (dataEnd > text.length) return { end: text.length, complete: false };
    const after = list.line(dataEnd);
    if (!after || after.contentEnd !== dataEnd) {
      // The data is not followed by CR LF: the size line did not tell the truth.
      list.add(
        'unparsed',
        'body',
        dataEnd,
        after ? after.contentEnd : text.length,
        'expected CR LF after the chunk data',
      );
      if (after) list.lineEnd(after, 'body');
      return { end: after ? after.next : text.length, complete: false };
    }
    list.lineEnd(after, 'body', 'ends the chunk data');
    pos = after.next;
  }
}

function trailer(list: PartList, at: number): BodyEnd {
  let pos = at;
  for (;;) {
    const line = list.line(pos);
    if (!line) return { end: pos, complete: false };
    if (line.contentEnd === line.start) {
      list.add('chunked-end', 'body', line.start, line.next);
      return { end: line.next, complete: true };
    }
    list.field(line, TRAILER);
    pos = line.next;
  }
}
