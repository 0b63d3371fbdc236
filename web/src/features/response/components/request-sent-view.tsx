import type { Hop, RequestSentEvent } from '@playground/shared';
import { formatBytes } from '@/lib/format-bytes.ts';
import { wireVersion } from '../utils/http-version.ts';

function bodyNote(request: RequestSentEvent): string {
  const chunked = request.headers.some(
    (h) => h.name.toLowerCase() === 'transfer-encoding' && /chunked/i.test(h.value),
  );
  if (chunked) return 'Body sent chunked (its size was not known up front).';
  return request.bodyBytes ? `Body: ${formatBytes(request.bodyBytes)}` : 'No body.';
}

export interface RequestSentViewProps {
  hops: readonly Hop[];
}

/** The request as it went out on each hop: start line and headers, each marked with who added it. */
export function RequestSentView({ hops }: RequestSentViewProps) {
  const sent = hops.flatMap((hop) => (hop.request ? [hop.request] : []));
  if (sent.length === 0) return <p className="body-note">Nothing has been sent yet.</p>;
  return (
    <div className="meta-view">
      {sent.map((request) => (
        <section key={request.hop} className="sent-request" aria-label={`Request ${request.hop + 1}`}>
          {sent.length > 1 ? <h3 className="meta-heading">Request {request.hop + 1}</h3> : null}
          <div className="raw-message mono">
            <div className="raw-start-line">
              {request.method} {request.target} {wireVersion(request.httpVersion)}
            </div>
            {request.headers.map((header, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a header may repeat; its position is its identity.
              <div key={index} className="raw-header">
                <span className="wrap-anywhere">
                  {header.name}: {header.value}
                </span>
                {header.source !== 'user' ? (
                  <span className="tag source-tag" title={`Added by: ${header.source}`}>
                    {header.source}
                  </span>
                ) : null}
              </div>
            ))}
          </div>
          <p className="body-note">{bodyNote(request)}</p>
        </section>
      ))}
    </div>
  );
}
