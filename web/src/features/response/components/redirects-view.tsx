import { type Hop, type ResponseEvent, statusClass } from '@playground/shared';

export interface RedirectsViewProps {
  hops: readonly Hop[];
  response: ResponseEvent;
}

/** Each redirect followed: what was asked, what came back, and where it pointed; then where it ended. */
export function RedirectsView({ hops, response }: RedirectsViewProps) {
  const redirects = hops.filter((hop) => hop.redirect);
  return (
    <div className="meta-view">
      <ol className="redirect-list" aria-label="Redirect chain">
        {redirects.map(({ request, redirect }) => (
          <li key={redirect!.hop} className="redirect-hop">
            <p>
              <span className="mono">{request?.method ?? '?'}</span>{' '}
              <span className="mono wrap-anywhere">{request?.url}</span>
            </p>
            <p>
              <span className={`status-badge status-${statusClass(redirect!.status)}`}>
                {redirect!.status} {redirect!.statusText}
              </span>{' '}
              Location: <span className="mono wrap-anywhere">{redirect!.location}</span>
            </p>
            {request && redirect!.nextMethod !== request.method ? (
              <p className="body-note">The next request turns into {redirect!.nextMethod}.</p>
            ) : null}
          </li>
        ))}
      </ol>
      <p>
        Final URL: <span className="mono wrap-anywhere">{response.url}</span>{' '}
        <span className={`status-badge status-${statusClass(response.status)}`}>{response.status}</span>
      </p>
    </div>
  );
}
