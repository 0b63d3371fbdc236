import type { ResponseEvent } from '@playground/shared';
import { wireVersion } from '../utils/http-version.ts';

export interface HeadersTableProps {
  response: ResponseEvent;
}

/** The headers exactly as received: original case and order, every duplicate (each Set-Cookie) its own row. */
export function HeadersTable({ response }: HeadersTableProps) {
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
          </tr>
        </thead>
        <tbody>
          {response.headers.map(([name, value], index) => (
            // Position is the identity here: the same header may come twice with the same value.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <tr key={index}>
              <th scope="row" className="mono">
                {name}
              </th>
              <td className="mono wrap-anywhere">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
