import type { BodyEnd } from './chunked-body.ts';
import type { PartList } from './part-list.ts';

const PART_FIELD = { name: 'part-field-name', value: 'part-field-value', section: 'body' } as const;

/**
 * The boundary a multipart Content-Type announces, or null when the type is not multipart or
 * names no boundary.
 *
 * @example multipartBoundary('multipart/form-data; boundary="abc"') // 'abc'
 */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^\s*multipart\//i.test(contentType)) return null;
  const match = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

/**
 * Labels a multipart body (RFC 2046 §5.1) between `at` and `end`: the preamble, each boundary
 * line, each part's headers, empty line and content, the closing boundary and the epilogue.
 * The CR LF before a boundary belongs to the boundary, so a part's content ends before it.
 */
export function multipartBody(list: PartList, at: number, end: number, boundary: string): BodyEnd {
  const { text } = list;
  const delimiter = `--${boundary}`;
  const first = text.startsWith(delimiter, at) ? at : text.indexOf(`\r\n${delimiter}`, at);
  if (first === -1 || first >= end) {
    list.add('body', 'body', at, end, `no "${delimiter}" boundary line found`);
    return { end, complete: false };
  }
  list.add('preamble', 'body', at, first);
  let pos = first;
  for (;;) {
    // `pos` is at the CR LF before the boundary, or at the boundary itself at the very start.
    if (text.startsWith('\r\n', pos) && pos !== at) {
      list.add('line-end', 'body', pos, pos + 2, 'belongs to the boundary line that follows');
      pos += 2;
    }
    const closing = text.startsWith(`${delimiter}--`, pos);
    const boundaryEnd = pos + delimiter.length + (closing ? 2 : 0);
    list.add(
      closing ? 'closing-boundary' : 'boundary',
      'body',
      pos,
      Math.min(boundaryEnd, end),
      `boundary ${boundary}`,
    );
    if (boundaryEnd > end) return { end, complete: false };
    const line = list.line(boundaryEnd, end);
    if (closing) {
      if (line) {
        list.add('whitespace', 'body', boundaryEnd, line.contentEnd);
        list.lineEnd(line, 'body');
      }
      list.add('epilogue', 'body', line ? line.next : boundaryEnd, end);
      return { end, complete: true };
    }
    if (!line) {
      list.add('unparsed', 'body', boundaryEnd, end, 'cut off after the boundary');
      return { end, complete: false };
    }
    list.add('whitespace', 'body', boundaryEnd, line.contentEnd);
    list.lineEnd(line, 'body');
    const contentStart = partHeaders(list, line.next, end);
    if (contentStart === null) return { end, complete: false };
    const next = text.indexOf(`\r\n${delimiter}`, contentStart);
    if (next === -1 || next >= end) {
      list.add('part-body', 'body', contentStart, end, 'cut off before the next boundary');
      return { end, complete: false };
    }
    list.add('part-body', 'body', contentStart, next);
    pos = next;
  }
}

/** A part's header lines and the empty line after them; where its content starts, or null if cut off. */
function partHeaders(list: PartList, at: number, end: number): number | null {
  let pos = at;
  for (;;) {
    const line = list.line(pos, end);
    if (!line) {
      list.add('unparsed', 'body', pos, end, 'cut off in the part headers');
      return null;
    }
    if (line.contentEnd === line.start) {
      list.add('part-empty-line', 'body', line.start, line.next);
      return line.next;
    }
    list.field(line, PART_FIELD);
    pos = line.next;
  }
}
