import { useTableRows } from '@/components/key-value-table/use-table-rows.ts';
import { newPartRow, type PartRow } from '@/lib/request-draft.ts';
import { FilePicker } from './file-picker.tsx';

export interface MultipartTableProps {
  parts: PartRow[];
  onChange: (parts: PartRow[]) => void;
}

/** The parts of a multipart/form-data body: each a text field or a file, as an HTML form sends them. */
export function MultipartTable({ parts, onChange }: MultipartTableProps) {
  const { body, spare, edit, update, remove } = useTableRows(parts, onChange, (id) => ({
    ...newPartRow(),
    id,
  }));

  const renderRow = (part: PartRow, index: number, isSpare: boolean) => {
    const n = index + 1;
    return (
      <tr key={part.id} data-enabled={part.enabled} data-spare={isSpare || undefined}>
        <td className="kv-toggle">
          {isSpare ? null : (
            <input
              type="checkbox"
              aria-label={`Enable part ${n}`}
              checked={part.enabled}
              onChange={(event) => update(index, { enabled: event.target.checked })}
            />
          )}
        </td>
        <td>
          <input
            data-cell="name"
            aria-label={`Part ${n} name`}
            value={part.name}
            placeholder={isSpare ? 'name' : undefined}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => edit(index, { name: event.target.value })}
          />
        </td>
        <td className="multipart-kind">
          <select
            aria-label={`Part ${n} type`}
            value={part.kind}
            onChange={(event) => edit(index, { kind: event.target.value as PartRow['kind'] })}
          >
            <option value="text">Text</option>
            <option value="file">File</option>
          </select>
        </td>
        <td>
          {part.kind === 'text' ? (
            <input
              aria-label={`Part ${n} value`}
              value={part.value}
              placeholder={isSpare ? 'value' : undefined}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => edit(index, { value: event.target.value })}
            />
          ) : (
            <FilePicker
              label={`Part ${n} file`}
              file={part.file}
              wantedFile={part.wantedFile}
              onChange={(file) => edit(index, { file, wantedFile: undefined })}
            />
          )}
        </td>
        <td className="kv-remove">
          {isSpare ? null : (
            <button type="button" aria-label={`Remove part ${n}`} onClick={() => remove(index)}>
              <span aria-hidden="true">×</span>
            </button>
          )}
        </td>
      </tr>
    );
  };

  return (
    <table className="kv-table multipart-table" aria-label="Multipart parts">
      <thead>
        <tr>
          <th className="kv-toggle">
            <span className="visually-hidden">Enabled</span>
          </th>
          <th>Name</th>
          <th className="multipart-kind">Type</th>
          <th>Value</th>
          <th className="kv-remove">
            <span className="visually-hidden">Remove</span>
          </th>
        </tr>
      </thead>
      <tbody ref={body}>
        {parts.map((part, index) => renderRow(part, index, false))}
        {renderRow(spare, parts.length, true)}
      </tbody>
    </table>
  );
}
