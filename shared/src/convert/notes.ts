/**
 * What an import could not carry over, counted per kind so a file with 300 test scripts gets one
 * line ("300 requests had test scripts; they were not imported"), not 300.
 */
export class Notes {
  #counts = new Map<string, { n: number; say: (n: number) => string }>();
  #lines: string[] = [];

  /** Counts one more case of `kind`; `say` words the total. */
  tally(kind: string, say: (n: number) => string, by = 1): void {
    const known = this.#counts.get(kind);
    if (known) known.n += by;
    else this.#counts.set(kind, { n: by, say });
  }

  /** A note said once, whatever the count (duplicates are dropped). */
  add(line: string): void {
    if (!this.#lines.includes(line)) this.#lines.push(line);
  }

  list(): string[] {
    return [...this.#lines, ...[...this.#counts.values()].map(({ n, say }) => say(n))];
  }
}
