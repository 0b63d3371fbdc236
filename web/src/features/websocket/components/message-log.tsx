import type { LoggedMessage } from '../hooks/use-websocket-session.ts';
import { hexPreview } from '../utils/websocket-address.ts';

function time(at: Date): string {
  return `${at.toLocaleTimeString([], { hour12: false })}.${String(at.getMilliseconds()).padStart(3, '0')}`;
}

/** Every message of the conversation, oldest first: who sent it, when, and what it held. */
export function MessageLog({ log }: { log: LoggedMessage[] }) {
  if (log.length === 0) return <p className="websocket-note">No messages yet.</p>;
  return (
    <ol className="websocket-log" aria-label="Messages">
      {log.map((message) => (
        <li key={message.id} className="websocket-log-entry" data-direction={message.direction}>
          <span className="websocket-log-meta">
            {message.direction === 'sent' ? '↑ Sent' : '↓ Received'} <time>{time(message.at)}</time>
            {message.kind === 'binary' ? ` · binary, ${message.bytes.length} bytes` : ' · text'}
          </span>
          <pre className="websocket-log-body">
            {message.kind === 'text' ? message.text : hexPreview(message.bytes)}
          </pre>
        </li>
      ))}
    </ol>
  );
}
