/** Longest row the plain view draws; longer lines (a minified 10 MB JSON is one line) wrap into rows. */
export const ROW_CHARS = 160;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The row layout of a text, in a form a worker can hand over without copying (transferable buffers). */
export interface RowLayout {
  count: number;
  starts: Uint32Array<ArrayBuffer>;
  lines: Uint32Array<ArrayBuffer>;
}

function grown(array: Uint32Array<ArrayBuffer>, needed: number): Uint32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const next = new Uint32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/**
 * Text split into display rows (a line, or a slice of a long line), built as the text grows so the
 * plain view can window over a multi-megabyte body: only the rows on screen are ever drawn.
 *
 * @example
 * const rows = new TextRows();
 * rows.append('{"a":1}\n');
 * rows.row(0); // '{"a":1}'
 */
export class TextRows {
  /**
   * The text as the pieces it arrived in. Appending to one growing string and searching it would
   * flatten the whole string on every append: quadratic, seconds for a 10 MB body.
   */
  #pieces: string[] = [];
  /** Offset of each piece's first character. */
  #pieceStarts: number[] = [];
  #length = 0;
  #count = 1;
  /** Offset where each row starts; the last row is open and may still grow. */
  #starts = new Uint32Array(1024);
  /** The 1-based line each row belongs to (rows of one wrapped line share it). */
  #lines = new Uint32Array(1024);

  constructor(text = '', layout?: RowLayout) {
    this.#lines[0] = 1;
    if (layout) {
      this.#addPiece(text);
      this.#count = layout.count;
      this.#starts = layout.starts;
      this.#lines = layout.lines;
    } else {
      this.append(text);
    }
  }

  /** The whole text (joined once, on first use after growing). */
  get text(): string {
    if (this.#pieces.length > 1) {
      this.#pieces = [this.#pieces.join('')];
      this.#pieceStarts = [0];
    }
    return this.#pieces[0] ?? '';
  }

  get length(): number {
    return this.#length;
  }

  get count(): number {
    return this.#count;
  }

  /** The layout, for sending to another thread along with the text. */
  layout(): RowLayout {
    return { count: this.#count, starts: this.#starts, lines: this.#lines };
  }

  #addPiece(piece: string): void {
    if (piece === '') return;
    this.#pieces.push(piece);
    this.#pieceStarts.push(this.#length);
    this.#length += piece.length;
  }

  #push(start: number, line: number): void {
    this.#starts = grown(this.#starts, this.#count + 1);
    this.#lines = grown(this.#lines, this.#count + 1);
    this.#starts[this.#count] = start;
    this.#lines[this.#count] = line;
    this.#count += 1;
  }

  #pieceAt(offset: number): number {
    let low = 0;
    let high = this.#pieceStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#pieceStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  #slice(start: number, end: number): string {
    let index = this.#pieceAt(start);
    let out = '';
    let at = start;
    while (at < end && index < this.#pieces.length) {
      const base = this.#pieceStarts[index]!;
      const piece = this.#pieces[index]!;
      out += piece.slice(at - base, Math.min(end - base, piece.length));
      at = base + piece.length;
      index += 1;
    }
    return out;
  }

  append(more: string): void {
    if (more === '') return;
    const base = this.#length;
    this.#addPiece(more);
    // Earlier pieces were searched when they came: only this one can hold a line break not yet seen.
    let at = this.#starts[this.#count - 1]!;
    let searchFrom = 0;
    for (;;) {
      const newline = more.indexOf('\n', searchFrom);
      const lineEnd = newline === -1 ? this.#length : base + newline;
      const line = this.#lines[this.#count - 1]!;
      while (lineEnd - at > ROW_CHARS) {
        let cut = at + ROW_CHARS;
        if (cut - 1 >= base && isHighSurrogate(more.charCodeAt(cut - 1 - base))) cut -= 1;
        this.#push(cut, line);
        at = cut;
      }
      if (newline === -1) return;
      at = base + newline + 1;
      this.#push(at, line + 1);
      searchFrom = newline + 1;
    }
  }

  /** Row `index` without its line break. */
  row(index: number): string {
    if (index < 0 || index >= this.#count) return '';
    const start = this.#starts[index]!;
    const end = index + 1 < this.#count ? this.#starts[index + 1]! : this.#length;
    const row = this.#slice(start, end);
    return row.endsWith('\n') ? row.slice(0, row.endsWith('\r\n') ? -2 : -1) : row;
  }

  /** The line number of a row, as an editor's gutter shows it. */
  lineNumber(index: number): number {
    return index >= 0 && index < this.#count ? this.#lines[index]! : 0;
  }

  /** Whether the row carries on the line above (drawn with a wrap mark, not a new line number). */
  isContinuation(index: number): boolean {
    return index > 0 && index < this.#count && this.#lines[index] === this.#lines[index - 1];
  }
}
