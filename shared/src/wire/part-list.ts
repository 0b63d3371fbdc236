import type { WirePart, WirePartKind, WireSection } from './wire-parts.ts';

/** A line of the captured text: its content ends at `contentEnd` (before CR LF), the next starts at `next`. */
export interface Line {
  start: number;
  contentEnd: number;
  next: number;
}

/** The kinds one header-like line is labelled with: message headers, trailers, or a part's headers. */
export interface FieldKinds {
  name: WirePartKind;
  value: WirePartKind;
  section: WireSection;
}

/**
 * The parts found so far in one captured message, over its ISO-8859-1 text (one character per
 * byte, so offsets are byte offsets). Empty runs are never added.
 */
export class PartList {
  readonly parts: WirePart[] = [];
  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  add(kind: WirePartKind, section: WireSection, start: number, end: number, detail?: string): void {
    if (end <= start) return;
    this.parts.push(
      detail === undefined ? { kind, section, start, end } : { kind, section, start, end, detail },
    );
  }

  /** The line starting at `at`, ended by LF (CR LF, or a bare LF as lenient parsers accept) before `limit`. */
  line(at: number, limit = this.text.length): Line | null {
    const lf = this.text.indexOf('\n', at);
    if (lf === -1 || lf >= limit) return null;
    const contentEnd = lf > at && this.text[lf - 1] === '\r' ? lf - 1 : lf;
    return { start: at, contentEnd, next: lf + 1 };
  }

  lineEnd(line: Line, section: WireSection, detail?: string): void {
    const bare = line.next - line.contentEnd === 1;
    this.add(
      'line-end',
      section,
      line.contentEnd,
      line.next,
      bare ? 'a bare LF: HTTP asks for CR LF' : detail,
    );
  }

  /**
   * A `name: value` line, labelled; returns the name and the value (without surrounding spaces),
   * or null for a line with no colon, which is labelled as not following the syntax.
   */
  field(line: Line, kinds: FieldKinds): [string, string] | null {
    const { text } = this;
    const colon = text.indexOf(':', line.start);
    if (colon === -1 || colon >= line.contentEnd || colon === line.start) {
      this.add(
        'unparsed',
        kinds.section,
        line.start,
        line.contentEnd,
        'a header line needs a name and a colon',
      );
      this.lineEnd(line, kinds.section);
      return null;
    }
    let valueStart = colon + 1;
    while (valueStart < line.contentEnd && (text[valueStart] === ' ' || text[valueStart] === '\t'))
      valueStart += 1;
    let valueEnd = line.contentEnd;
    while (valueEnd > valueStart && (text[valueEnd - 1] === ' ' || text[valueEnd - 1] === '\t'))
      valueEnd -= 1;
    const nameDetail = /[\s]/.test(text.slice(line.start, colon))
      ? 'a field name may not contain spaces'
      : undefined;
    this.add(kinds.name, kinds.section, line.start, colon, nameDetail);
    this.add('separator', kinds.section, colon, valueStart);
    this.add(kinds.value, kinds.section, valueStart, valueEnd);
    this.add('whitespace', kinds.section, valueEnd, line.contentEnd);
    this.lineEnd(line, kinds.section);
    return [text.slice(line.start, colon), text.slice(valueStart, valueEnd)];
  }
}
