import type { Variable } from '@playground/shared';
import { useState } from 'react';
import './variables-table.css';

interface VariablesTableProps {
  /** Names the table for assistive tech, e.g. "Variables of Local". */
  label: string;
  variables: readonly Variable[];
  onChange: (variables: Variable[]) => void;
}

const blank: Variable = { name: '', value: '', enabled: true, secret: false };

/**
 * Name, value, enabled and secret for each variable. A secret value is masked until its Show
 * button is pressed. There is always an empty row at the end to type a new variable into; it keeps
 * its React key when it becomes a real row, so focus stays where the user is typing.
 */
export function VariablesTable({ label, variables, onChange }: VariablesTableProps) {
  // Which rows show their secret value; reset whenever rows are removed, so a shown value never
  // jumps to another row.
  const [shown, setShown] = useState<ReadonlySet<number>>(new Set());
  const update = (index: number, patch: Partial<Variable>) => {
    const next = [...variables];
    next[index] = { ...(variables[index] ?? blank), ...patch };
    onChange(next);
  };
  const remove = (index: number) => {
    setShown(new Set());
    onChange(variables.filter((_, i) => i !== index));
  };
  const toggleShown = (index: number) =>
    setShown((current) => {
      const next = new Set(current);
      if (!next.delete(index)) next.add(index);
      return next;
    });

  return (
    <table className="variables-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">On</th>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
          <th scope="col">Secret</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {[...variables, blank].map((variable, index) => {
          const spare = index === variables.length;
          const n = index + 1;
          const masked = variable.secret && !shown.has(index);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place; see above
            <tr key={index} data-enabled={variable.enabled} data-spare={spare || undefined}>
              <td>
                {spare ? null : (
                  <input
                    type="checkbox"
                    aria-label={`Enable variable ${n}`}
                    checked={variable.enabled}
                    onChange={(event) => update(index, { enabled: event.target.checked })}
                  />
                )}
              </td>
              <td>
                <input
                  aria-label={spare ? 'New variable name' : `Variable ${n} name`}
                  placeholder={spare ? 'New variable' : undefined}
                  value={variable.name}
                  spellCheck={false}
                  autoComplete="off"
                  onChange={(event) => update(index, { name: event.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={spare ? 'New variable value' : `Variable ${n} value`}
                  type={masked ? 'password' : 'text'}
                  value={variable.value}
                  spellCheck={false}
                  autoComplete="off"
                  onChange={(event) => update(index, { value: event.target.value })}
                />
              </td>
              <td>
                {spare ? null : (
                  <span className="variables-secret">
                    <input
                      type="checkbox"
                      aria-label={`Variable ${n} is secret`}
                      checked={variable.secret}
                      onChange={(event) => update(index, { secret: event.target.checked })}
                    />
                    {variable.secret ? (
                      <button
                        type="button"
                        className="variables-small"
                        aria-label={`Show the value of variable ${n}`}
                        aria-pressed={!masked}
                        onClick={() => toggleShown(index)}
                      >
                        Show
                      </button>
                    ) : null}
                  </span>
                )}
              </td>
              <td>
                {spare ? null : (
                  <button
                    type="button"
                    className="variables-small"
                    aria-label={`Remove variable ${n}`}
                    onClick={() => remove(index)}
                  >
                    ×
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
