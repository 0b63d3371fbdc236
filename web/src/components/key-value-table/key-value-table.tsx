import { useId } from 'react';
import type { Row } from '@/lib/request-draft.ts';
import { useTableRows } from './use-table-rows.ts';
import './key-value-table.css';

export interface KeyValueTableProps {
  /** Names the table for assistive tech, e.g. "Query parameters". */
  label: string;
  /** What one row is, for the cell labels: "header" gives "Header 1 name" and "Enable header 1". */
  noun: string;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  /** The names come from elsewhere (path variables come from the URL): only values are edited. */
  fixedNames?: boolean;
  /** The id of a datalist of names to suggest. */
  nameList?: string;
  /** The id of a datalist of values to suggest for a row with this name. */
  valueList?: (name: string) => string | undefined;
  problems?: (row: Row) => RowProblems;
  namePlaceholder?: string;
  valuePlaceholder?: string;
}

/** What is wrong with a row's name and value, shown under each (null: nothing). */
export interface RowProblems {
  name: string | null;
  value: string | null;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A name/value table with enable checkboxes and remove buttons. There is always an empty row at
 * the end to type into; it becomes a real row (same React key, so focus stays) on the first key.
 */
export function KeyValueTable(props: KeyValueTableProps) {
  const { label, noun, rows, onChange, fixedNames = false, problems } = props;
  const { body, spare, edit, update, remove } = useTableRows(rows, onChange, (id) => ({
    id,
    name: '',
    value: '',
    enabled: true,
  }));
  const ids = useId();
  const Noun = capitalize(noun);

  const renderRow = (row: Row, index: number, isSpare: boolean) => {
    const n = index + 1;
    const problem = isSpare ? null : problems?.(row);
    const nameProblemId = problem?.name ? `${ids}-${row.id}-name` : undefined;
    const valueProblemId = problem?.value ? `${ids}-${row.id}-value` : undefined;
    return (
      <tr key={row.id} data-enabled={row.enabled} data-spare={isSpare || undefined}>
        <td className="kv-toggle">
          {isSpare ? null : (
            <input
              type="checkbox"
              aria-label={`Enable ${noun} ${n}`}
              checked={row.enabled}
              onChange={(event) => update(index, { enabled: event.target.checked })}
            />
          )}
        </td>
        <td>
          <input
            data-cell="name"
            aria-label={`${Noun} ${n} name`}
            value={fixedNames ? `:${row.name}` : row.name}
            readOnly={fixedNames}
            placeholder={isSpare ? (props.namePlaceholder ?? 'Name') : undefined}
            list={props.nameList}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={nameProblemId ? true : undefined}
            aria-describedby={nameProblemId}
            onChange={(event) => edit(index, { name: event.target.value })}
          />
          {nameProblemId ? (
            <span id={nameProblemId} className="kv-problem">
              {problem?.name}
            </span>
          ) : null}
        </td>
        <td>
          <input
            data-cell="value"
            aria-label={`${Noun} ${n} value`}
            value={row.value}
            placeholder={isSpare || fixedNames ? (props.valuePlaceholder ?? 'Value') : undefined}
            list={props.valueList?.(row.name)}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={valueProblemId ? true : undefined}
            aria-describedby={valueProblemId}
            onChange={(event) => edit(index, { value: event.target.value })}
          />
          {valueProblemId ? (
            <span id={valueProblemId} className="kv-problem">
              {problem?.value}
            </span>
          ) : null}
        </td>
        <td className="kv-remove">
          {isSpare || fixedNames ? null : (
            <button type="button" aria-label={`Remove ${noun} ${n}`} onClick={() => remove(index)}>
              <span aria-hidden="true">×</span>
            </button>
          )}
        </td>
      </tr>
    );
  };

  return (
    <table className="kv-table" aria-label={label}>
      <thead>
        <tr>
          <th className="kv-toggle">
            <span className="visually-hidden">Enabled</span>
          </th>
          <th>Name</th>
          <th>Value</th>
          <th className="kv-remove">
            <span className="visually-hidden">Remove</span>
          </th>
        </tr>
      </thead>
      <tbody ref={body}>
        {rows.map((row, index) => renderRow(row, index, false))}
        {fixedNames ? null : renderRow(spare, rows.length, true)}
      </tbody>
    </table>
  );
}
