import { type ProxyError, WsProxyEnvelope } from '@playground/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { relayAddress } from '../utils/websocket-address.ts';

export type Handshake = Extract<WsProxyEnvelope, { type: 'handshake' }>;

type MessageBody = { kind: 'text'; text: string } | { kind: 'binary'; bytes: Uint8Array };

export type LoggedMessage = {
  id: number;
  direction: 'sent' | 'received';
  at: Date;
} & MessageBody;

export interface WebSocketSession {
  /** The request tab that opened this connection. */
  tabId: string;
  target: string;
  phase: 'connecting' | 'open' | 'closing' | 'closed';
  handshake: Handshake | null;
  log: LoggedMessage[];
  error: ProxyError | null;
  /** How it ended: the target's closing frame, or the relay socket's own close when there was none. */
  closed: { code: number; reason: string; from: 'server' | 'playground' } | null;
}

/** Why the relay socket itself closed before the proxy could say anything. */
const RELAY_REFUSED: ProxyError = {
  kind: 'blocked',
  title: 'The playground did not open the connection',
  message:
    "The playground's proxy refused or dropped the WebSocket before reaching the address: the page may be older than the running playground.",
  hint: 'Reload the page, then connect again.',
};

let nextId = 1;

/**
 * One WebSocket conversation at a time, through the proxy's relay (see
 * shared/src/schemas/websocket-relay.ts): connect, post text, disconnect with a code.
 */
export function useWebSocketSession() {
  const [session, setSession] = useState<WebSocketSession | null>(null);
  const socket = useRef<WebSocket | null>(null);
  // Stable across renders (setSession is), so the callbacks below need no dependencies.
  const [{ update, logged }] = useState(() => {
    const update = (change: (s: WebSocketSession) => WebSocketSession) =>
      setSession((s) => (s === null ? s : change(s)));
    const logged = (direction: LoggedMessage['direction'], body: MessageBody) =>
      update((s) => ({ ...s, log: [...s.log, { id: nextId++, direction, at: new Date(), ...body }] }));
    return { update, logged };
  });

  const connect = useCallback(
    (tabId: string, target: string) => {
      socket.current?.close();
      const ws = new WebSocket(relayAddress(target));
      ws.binaryType = 'arraybuffer';
      socket.current = ws;
      setSession({ tabId, target, phase: 'connecting', handshake: null, log: [], error: null, closed: null });
      const mine = (change: (s: WebSocketSession) => WebSocketSession) => {
        if (socket.current === ws) update(change);
      };
      ws.onmessage = (event: MessageEvent<string | ArrayBuffer>) => {
        if (socket.current !== ws) return;
        if (typeof event.data !== 'string') {
          logged('received', { kind: 'binary', bytes: new Uint8Array(event.data) });
          return;
        }
        const parsed = WsProxyEnvelope.safeParse(JSON.parse(event.data));
        if (!parsed.success) return;
        const envelope = parsed.data;
        if (envelope.type === 'handshake') {
          mine((s) => ({
            ...s,
            handshake: envelope,
            phase: envelope.response.status === 101 ? 'open' : s.phase,
          }));
        } else if (envelope.type === 'text') {
          logged('received', { kind: 'text', text: envelope.data });
        } else if (envelope.type === 'closed') {
          mine((s) => ({
            ...s,
            phase: 'closed',
            closed: { code: envelope.code, reason: envelope.reason, from: 'server' },
          }));
        } else {
          mine((s) => ({ ...s, error: envelope.error }));
        }
      };
      ws.onclose = (event) =>
        mine((s) => {
          if (s.closed !== null) return { ...s, phase: 'closed' };
          const refused = s.handshake === null && s.error === null && s.phase !== 'closing';
          return {
            ...s,
            phase: 'closed',
            error: refused ? RELAY_REFUSED : s.error,
            // After a failure the proxy's report says it all; the relay's own close adds nothing.
            closed:
              s.error !== null || refused
                ? null
                : { code: event.code, reason: event.reason, from: 'playground' },
          };
        });
    },
    [logged, update],
  );

  const post = useCallback(
    (text: string) => {
      const ws = socket.current;
      if (ws?.readyState !== WebSocket.OPEN) return;
      ws.send(JSON.stringify({ type: 'text', data: text }));
      logged('sent', { kind: 'text', text });
    },
    [logged],
  );

  const disconnect = useCallback((code = 1000, reason = '') => {
    const ws = socket.current;
    if (ws === null) return;
    setSession((s) => (s === null || s.phase === 'closed' ? s : { ...s, phase: 'closing' }));
    // Open: ask the proxy to close the target with this code, so its answer shows. Still
    // connecting: there is no target conversation yet, so just leave.
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: 'close', code, reason }));
    else ws.close();
  }, []);

  useEffect(() => () => socket.current?.close(), []);
  return { session, connect, post, disconnect };
}
