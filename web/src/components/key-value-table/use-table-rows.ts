import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { newRowId, type Row } from '@/lib/request-draft.ts';

/**
 * The editing actions of a table that always ends with an empty row to type into. The empty row
 * becomes a real one on its first key, under the same React key, so the caret stays where it is.
 */
export function useTableRows<R extends Row>(
  rows: R[],
  onChange: (rows: R[]) => void,
  make: (id: string) => R,
) {
  const [spareId, setSpareId] = useState(newRowId);
  const body = useRef<HTMLTableSectionElement>(null);
  const spare = make(spareId);

  const update = (index: number, patch: Partial<R>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const grow = (patch: Partial<R>) => {
    onChange([...rows, { ...spare, ...patch }]);
    setSpareId(newRowId());
  };
  const remove = (index: number) => {
    flushSync(() => onChange(rows.filter((_, i) => i !== index)));
    // Focus moves to the row that took its place (or the empty row), not back to the page's start.
    body.current?.rows[index]?.querySelector<HTMLElement>('[data-cell="name"]')?.focus();
  };
  /** Edits row `index`, or grows the table when it is the empty row. */
  const edit = (index: number, patch: Partial<R>) =>
    index === rows.length ? grow(patch) : update(index, patch);

  return { body, spare, edit, update, remove };
}
