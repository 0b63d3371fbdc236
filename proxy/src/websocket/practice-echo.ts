import type { WebSocket } from 'ws';

/** The first message the practice echo sends, so a learner sees the server can speak first. */
export const ECHO_GREETING =
  'Connected to the practice echo: every message you send comes back as it was sent.';

/**
 * The practice server's WebSocket echo: greets, then sends every message back unchanged, text as
 * text and binary as binary. Closing is left to `ws`, which answers a closing frame with the same code.
 */
export function practiceEcho(socket: WebSocket): void {
  socket.send(ECHO_GREETING);
  socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
}
