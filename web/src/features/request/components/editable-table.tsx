import { useId, useState } from 'react';
import { KeyValueTable, type KeyValueTableProps } from '@/components/key-value-table/key-value-table.tsx';
import { type BulkStyle, formatBulk, parseBulk } from '../utils/bulk-edit.ts';

export interface EditableTableProps extends KeyValueTableProps {
  /** The heading above the table, e.g. "Query parameters". */
  title: string;
  bulkStyle: BulkStyle;
}

const HELP: Record<BulkStyle, string> = {
  header: 'One header a line, "Name: value". Start a line with // to turn it off.',
  pair: 'One a line, "name=value" (or "name: value"). Start a line with // to turn it off.',
};

/** A key/value table that can also be edited as plain text, a line per row. */
export function EditableTable({ title, bulkStyle, ...table }: EditableTableProps) {
  // null while the table is shown; the text is kept as typed while editing in bulk.
  const [text, setText] = useState<string | null>(null);
  // The rows the text stands for: when the rows change from outside (the URL box was edited,
  // another request tab was opened), the text is written afresh from them.
  const [shown, setShown] = useState(table.rows);
  if (text !== null && table.rows !== shown) {
    setShown(table.rows);
    setText(formatBulk(table.rows, bulkStyle));
  }
  const helpId = useId();
  return (
    <section className="editable-table" aria-label={title}>
      <div className="panel-bar">
        <h3 className="panel-title">{title}</h3>
        <button
          type="button"
          className="panel-action"
          aria-pressed={text !== null}
          onClick={() => {
            setShown(table.rows);
            setText(text === null ? formatBulk(table.rows, bulkStyle) : null);
          }}
        >
          Bulk edit
        </button>
      </div>
      {text === null ? (
        <KeyValueTable {...table} />
      ) : (
        <>
          <textarea
            className="bulk-text"
            aria-label={`${title} as text`}
            aria-describedby={helpId}
            value={text}
            rows={Math.max(4, text.split('\n').length + 1)}
            spellCheck={false}
            onChange={(event) => {
              const rows = parseBulk(event.target.value, bulkStyle, table.rows);
              setText(event.target.value);
              setShown(rows);
              table.onChange(rows);
            }}
          />
          <p id={helpId} className="panel-help">
            {HELP[bulkStyle]}
          </p>
        </>
      )}
    </section>
  );
}
