import { HTTP_TOKEN } from '@playground/shared';
import type { RowProblems } from '@/components/key-value-table/key-value-table.tsx';

/**
 * What is wrong with a header name, in words for a learner, or null. Checked as the user types so
 * the problem shows next to the cell before anything is sent.
 */
export function headerNameProblem(name: string): string | null {
  if (name === '') return 'A header needs a name.';
  if (HTTP_TOKEN.test(name)) return null;
  if (/\s/.test(name)) return 'A header name cannot contain spaces: use - between words (X-Request-Id).';
  if (name.includes(':')) return 'A header name cannot contain ":": write the value in the Value column.';
  const bad = [...name].find((char) => !HTTP_TOKEN.test(char));
  return `A header name cannot contain "${bad}": use letters, digits and - only.`;
}

// Node (like every HTTP/1.1 client) refuses a header value with control characters or with
// characters beyond Latin-1, which the header line has no way to carry.
const NOT_LATIN1 = /[^\t\x20-\x7e\x80-\xff]/u;

/** What is wrong with a header value, in words for a learner, or null. */
export function headerValueProblem(value: string): string | null {
  if (/[\r\n]/.test(value)) return 'A header value cannot contain a line break: it would start a new header.';
  const bad = NOT_LATIN1.exec(value)?.[0];
  if (bad === undefined) return null;
  if (bad.codePointAt(0)! < 0x20 || bad === '\x7f')
    return 'A header value cannot contain control characters.';
  return `A header value cannot carry "${bad}" (only Latin-1 text fits in a header): percent-encode it, e.g. ${encodeURIComponent(bad)}.`;
}

/** The problems of one header row; an empty row or a disabled one has none (it is not sent). */
export function headerRowProblems(row: { name: string; value: string; enabled: boolean }): RowProblems {
  if (!row.enabled || (row.name === '' && row.value === '')) return { name: null, value: null };
  return { name: headerNameProblem(row.name), value: headerValueProblem(row.value) };
}

/** How many enabled header rows would be refused. */
export function countHeaderProblems(
  rows: readonly { name: string; value: string; enabled: boolean }[],
): number {
  return rows.filter((row) => {
    const problems = headerRowProblems(row);
    return problems.name !== null || problems.value !== null;
  }).length;
}
