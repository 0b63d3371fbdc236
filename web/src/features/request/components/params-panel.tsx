import { KeyValueTable } from '@/components/key-value-table/key-value-table.tsx';
import { withParams } from '@/lib/request-draft.ts';
import { EditableTable } from './editable-table.tsx';
import type { PanelProps } from './panel-props.ts';

/** The query string as a table (it and the URL box follow each other) and the `:name` path variables. */
export function ParamsPanel({ draft, onChange }: PanelProps) {
  return (
    <>
      <EditableTable
        title="Query parameters"
        label="Query parameters"
        noun="param"
        bulkStyle="pair"
        rows={draft.params}
        onChange={(rows) => onChange(withParams(draft, rows))}
        namePlaceholder="name"
        valuePlaceholder="value"
      />
      <section aria-label="Path variables" className="panel-section">
        <div className="panel-bar">
          <h3 className="panel-title">Path variables</h3>
        </div>
        {draft.pathVariables.length > 0 ? (
          <>
            <KeyValueTable
              label="Path variables"
              noun="path variable"
              fixedNames
              rows={draft.pathVariables}
              onChange={(rows) => onChange({ ...draft, pathVariables: rows })}
              valuePlaceholder="value"
            />
            <p className="panel-help">A variable left empty stays in the address as written.</p>
          </>
        ) : (
          <p className="panel-help">
            Write <code>:name</code> in the path, as in <code>/users/:id</code>, to fill it in here.
          </p>
        )}
      </section>
    </>
  );
}
