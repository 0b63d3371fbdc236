import type { ResponseEvent } from '@playground/shared';
import { Fragment, Suspense, useId, useState } from 'react';
import { HeaderDetails, KnownHeaderToggle } from '@/components/explain/header-details.tsx';
import { wireVersion } from '../utils/http-version.ts';

export interface HeadersTableProps {
  response: ResponseEvent;
}

/** The row of each header name's first appearance: a header sent twice is explained once. */
function firstRows(headers: ResponseEvent['headers']): Set<number> {
  const seen = new Set<string>();
  const rows = new Set<number>();
  headers.forEach(([name], index) => {
    if (seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    rows.add(index);
  });
  return rows;
}

/**
 * The headers exactly as received: original case and order, every duplicate (each Set-Cookie) its
 * own row. A "?" after a header we can explain opens what it is for, in a row under it.
 */
export function HeadersTable({ response }: HeadersTableProps) {
  const [open, setOpen] = useState<number | null>(null);
  const ids = useId();
  const first = firstRows(response.headers);
  return (
    <div className="meta-view">
      <p className="mono status-line">
        {wireVersion(response.httpVersion)} {response.status} {response.statusText}
      </p>
      <table className="headers-table">
        <caption className="visually-hidden">Response headers, in the order received</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">
              <span className="visually-hidden">Explanation</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {response.headers.map(([name, value], index) => (
            // Position is the identity here: the same header may come twice with the same value.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <Fragment key={index}>
              <tr>
                <th scope="row" className="mono">
                  {name}
                </th>
                <td className="mono wrap-anywhere">{value}</td>
                <td className="headers-explain">
                  {first.has(index) ? (
                    <Suspense fallback={null}>
                      <KnownHeaderToggle
                        name={name}
                        prefix="Explain received header"
                        expanded={open === index}
                        controls={`${ids}-${index}`}
                        onToggle={() => setOpen(open === index ? null : index)}
                      />
                    </Suspense>
                  ) : null}
                </td>
              </tr>
              {open === index ? (
                <tr className="headers-explanation">
                  <td colSpan={3} id={`${ids}-${index}`}>
                    <Suspense fallback={null}>
                      <HeaderDetails name={name} />
                    </Suspense>
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
