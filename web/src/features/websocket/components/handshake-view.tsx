import type { Handshake } from '../hooks/use-websocket-session.ts';

function HeaderLines({ headers }: { headers: [string, string][] }) {
  return headers.map(([name, value], index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: headers repeat and never reorder
    <span key={index}>
      {'\n'}
      <strong>{name}</strong>: {value}
    </span>
  ));
}

/** The opening handshake as it went over the wire: the upgrade request and the server's answer. */
export function HandshakeView({ handshake }: { handshake: Handshake }) {
  const { request, response } = handshake;
  return (
    <details className="websocket-handshake" open>
      <summary>
        Opening handshake: {response.status} {response.statusText}
        {response.status === 101 ? ' (the server switched this connection to WebSocket)' : ''}
      </summary>
      <div className="websocket-handshake-parts">
        <pre title="The upgrade request">
          {request.line}
          <HeaderLines headers={request.headers} />
        </pre>
        <pre title="The server's answer">
          HTTP/1.1 {response.status} {response.statusText}
          <HeaderLines headers={response.headers} />
        </pre>
      </div>
      <p className="websocket-note">
        Connected to {handshake.remoteAddress}. After the 101 answer the same TCP connection carries WebSocket
        frames instead of HTTP.
      </p>
    </details>
  );
}
