import { z } from 'zod';
import { ProxyError } from './proxy-error.ts';

/**
 * The WebSocket relay's protocol between the page and the proxy (`/api/ws`).
 *
 * The page opens `ws://<playground>/api/ws?target=<ws(s)://…>&token=<launch key>` (browsers cannot
 * set headers on a WebSocket). On that socket, **binary frames are always relayed data** (either
 * direction, byte for byte) and **text frames are always one JSON envelope**: relayed text is
 * `{type:'text', data}`; everything else is a report about the connection, never data.
 */
export const WS_RELAY_PATH = '/api/ws';

/** The practice server's WebSocket echo, on the playground's own origin. */
export const WS_PRACTICE_ECHO_PATH = '/practice/ws/echo';

/** One header as it went over the wire, name spelled as sent. */
const WireHeader = z.tuple([z.string(), z.string()]);

/** The page asks: relay this text, or close the target connection with this code. */
export const WsPageEnvelope = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), data: z.string() }),
  z.object({
    type: z.literal('close'),
    code: z.number().int().optional(),
    reason: z.string().optional(),
  }),
]);
export type WsPageEnvelope = z.infer<typeof WsPageEnvelope>;

/** The proxy reports: the opening handshake, relayed text, the closing, or a failure. */
export const WsProxyEnvelope = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('handshake'),
    /** The request line and headers the proxy sent to the target. */
    request: z.object({ line: z.string(), headers: z.array(WireHeader) }),
    /** The target's answer: 101 when it agreed to switch protocols. */
    response: z.object({ status: z.number(), statusText: z.string(), headers: z.array(WireHeader) }),
    /** The address actually connected to. */
    remoteAddress: z.string(),
  }),
  z.object({ type: z.literal('text'), data: z.string() }),
  /** The target closed (or the page asked to): the code and reason of the closing frame. */
  z.object({ type: z.literal('closed'), code: z.number(), reason: z.string() }),
  z.object({ type: z.literal('error'), error: ProxyError }),
]);
export type WsProxyEnvelope = z.infer<typeof WsProxyEnvelope>;

const CLOSE_CODES: Record<number, string> = {
  1000: 'normal closure: both sides agreed to end the conversation',
  1001: 'going away: the server is shutting down or the page is leaving',
  1002: 'protocol error: one side broke the WebSocket rules',
  1003: 'unsupported data: a kind of message (text or binary) the other side does not accept',
  1005: 'no code: the closing frame carried no status code',
  1006: 'abnormal closure: the connection dropped without a closing frame',
  1007: 'invalid data: a text message was not valid UTF-8',
  1008: 'policy violation: the other side refused a message',
  1009: 'message too big',
  1010: 'a required extension was not agreed',
  1011: 'server error: the server hit a problem it could not handle',
  1012: 'service restart',
  1013: 'try again later',
  1015: 'TLS handshake failure',
};

/** A WebSocket close code in plain words, e.g. 1000 → "normal closure: …". */
export function describeCloseCode(code: number): string {
  const known = CLOSE_CODES[code];
  if (known !== undefined) return known;
  if (code >= 4000 && code <= 4999) return "an application's own code: its meaning is up to the server";
  if (code >= 3000 && code <= 3999) return 'a code registered by a library or framework';
  return 'an unknown code';
}
