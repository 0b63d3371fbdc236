import { newRowId, type Row } from '@/lib/request-draft.ts';

/** How a table reads as text: headers as on the wire (`Name: value`), params and fields as `name=value`. */
export type BulkStyle = 'header' | 'pair';

// `//` cannot start a header name or a sensible param name, so it marks a disabled row, as in Postman.
const DISABLED = '//';

/** The rows as text, one a line; disabled rows start with `//`, empty rows are left out. */
export function formatBulk(rows: readonly Row[], style: BulkStyle): string {
  return rows
    .filter((row) => row.name !== '' || row.value !== '')
    .map((row) => {
      const line = style === 'header' ? `${row.name}: ${row.value}` : `${row.name}=${row.value}`;
      return row.enabled ? line : `${DISABLED} ${line}`;
    })
    .join('\n');
}

/** Where a line splits into name and value: the first `:` for headers; the first `=` or `:` for pairs. */
function separatorAt(line: string, style: BulkStyle): number {
  if (style === 'header') return line.indexOf(':');
  const at = [line.indexOf('='), line.indexOf(':')].filter((i) => i !== -1);
  return at.length === 0 ? -1 : Math.min(...at);
}

/**
 * Reads text back into rows. A line without a separator is a name with an empty value; blank lines
 * are skipped. Rows keep the ids of the rows at the same position, so focus and keys stay stable.
 *
 * @example parseBulk('Accept: text/html\n// X-Off: 1', 'header', [])
 * // [{ name: 'Accept', value: 'text/html', enabled: true }, { name: 'X-Off', value: '1', enabled: false }]
 */
export function parseBulk(text: string, style: BulkStyle, previous: readonly Row[]): Row[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, index) => {
      const enabled = !line.startsWith(DISABLED);
      const content = enabled ? line : line.slice(DISABLED.length).trimStart();
      const at = separatorAt(content, style);
      const name = (at === -1 ? content : content.slice(0, at)).trim();
      const value = at === -1 ? '' : content.slice(at + 1).trim();
      return { id: previous[index]?.id ?? newRowId(), name, value, enabled };
    });
}
