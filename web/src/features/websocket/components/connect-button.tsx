import type { WebSocketSession } from '../hooks/use-websocket-session.ts';

export interface ConnectButtonProps {
  /** The conversation of this tab, if any. */
  session: WebSocketSession | null;
  onDisconnect: () => void;
}

/**
 * Takes Send's place in the request line for ws:// and wss:// addresses: "Connect" submits the
 * request line; while a conversation is open (or opening) "Disconnect" ends it with code 1000.
 */
export function ConnectButton({ session, onDisconnect }: ConnectButtonProps) {
  const live = session !== null && session.phase !== 'closed';
  if (live) {
    return (
      <button
        type="button"
        className="button button-cancel"
        onClick={onDisconnect}
        disabled={session.phase === 'closing'}
      >
        Disconnect
      </button>
    );
  }
  return (
    <button type="submit" className="button button-primary" aria-keyshortcuts="Control+Enter Meta+Enter">
      Connect
    </button>
  );
}
