import { describeCloseCode } from '@playground/shared';
import { useId, useState } from 'react';
import type { WebSocketSession } from '../hooks/use-websocket-session.ts';
import { HandshakeView } from './handshake-view.tsx';
import { MessageLog } from './message-log.tsx';
import './websocket-panel.css';

export interface WebSocketPanelProps {
  /** This tab's conversation; null before the first Connect. */
  session: WebSocketSession | null;
  onPost: (text: string) => void;
}

const PHASE: Record<WebSocketSession['phase'], string> = {
  connecting: 'Connecting…',
  open: 'Connected',
  closing: 'Closing…',
  closed: 'Closed',
};

/**
 * Takes the response area's place for a ws:// or wss:// address: the opening handshake, the
 * messages both ways, a box to post text, and how the conversation ended, in plain words.
 */
export function WebSocketPanel({ session, onPost }: WebSocketPanelProps) {
  const [draft, setDraft] = useState('');
  const ids = useId();
  const open = session?.phase === 'open';
  const post = () => {
    if (!open) return;
    onPost(draft);
    setDraft('');
  };
  return (
    <section className="websocket-panel" aria-label="WebSocket conversation">
      {session === null ? (
        <p className="websocket-empty">
          A WebSocket address: press Connect to open a conversation, then post messages and watch what comes
          back.
        </p>
      ) : (
        <>
          <p className="websocket-phase" role="status">
            {PHASE[session.phase]} · {session.target}
          </p>
          {session.error && (
            <div className="websocket-error" role="alert">
              <strong>{session.error.title}</strong>
              <p>{session.error.message}</p>
              <p>{session.error.hint}</p>
            </div>
          )}
          {session.handshake && <HandshakeView handshake={session.handshake} />}
          {session.closed && (
            <p className="websocket-closed">
              {session.closed.from === 'server'
                ? 'The conversation ended'
                : 'The connection to the playground ended'}{' '}
              with close code <strong>{session.closed.code}</strong>: {describeCloseCode(session.closed.code)}
              {session.closed.reason === '' ? '.' : ` (reason: “${session.closed.reason}”).`}
            </p>
          )}
          <MessageLog log={session.log} />
        </>
      )}
      <form
        className="websocket-composer"
        onSubmit={(event) => {
          event.preventDefault();
          post();
        }}
      >
        <label htmlFor={`${ids}-message`}>Message</label>
        <textarea
          id={`${ids}-message`}
          value={draft}
          rows={3}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          placeholder={open ? 'Text to post; Ctrl+Enter posts it' : 'Connect first'}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              // Here Ctrl+Enter posts the message; it must not reach the page's own shortcut.
              event.preventDefault();
              event.stopPropagation();
              post();
            }
          }}
        />
        <button type="submit" className="button button-primary" disabled={!open}>
          Post message
        </button>
      </form>
    </section>
  );
}
