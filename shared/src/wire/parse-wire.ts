import { type BodyEnd, chunkedBody } from './chunked-body.ts';
import { multipartBody, multipartBoundary } from './multipart-body.ts';
import { PartList } from './part-list.ts';
import { latin1Text } from './wire-bytes.ts';
import type { WirePart } from './wire-parts.ts';

/** How the receiver knows where a message's body ends (RFC 9112 §6). */
export type WireFraming = 'none' | 'content-length' | 'chunked' | 'until-close';

/** One HTTP/1.1 message found in captured bytes, cut into labelled parts. */
export interface WireMessage {
  kind: 'request' | 'response';
  /** In byte order; offsets index the captured bytes. Together they cover the message's bytes. */
  parts: WirePart[];
  /** Header fields as sent, names in their own case, duplicates kept. */
  headers: [string, string][];
  /** The status code of a response, when the status line could be read. */
  status: number | null;
  framing: WireFraming;
  /** The content codings applied to the body, e.g. `['gzip']` (the wire holds them undone). */
  contentCodings: string[];
  /** false when the captured bytes stop before the message does. */
  complete: boolean;
}

export interface ParseWireOptions {
  /** `sent` bytes hold a request; `received` ones a response (perhaps after 1xx interim ones). */
  direction: 'sent' | 'received';
  /** The request's method: a response to HEAD has no body, whatever its headers say. */
  requestMethod?: string | undefined;
}

const HEADER = { name: 'field-name', value: 'field-value', section: 'headers' } as const;

function fieldValue(headers: [string, string][], name: string): string | undefined {
  const found = headers.filter(([n]) => n.toLowerCase() === name);
  return found.length === 0 ? undefined : found.map(([, v]) => v).join(', ');
}

function codingsOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
}

/** The start line's parts: `GET /path HTTP/1.1` or `HTTP/1.1 200 OK`. Returns the status code. */
function startLine(list: PartList, start: number, end: number, kind: WireMessage['kind']): number | null {
  const first = list.text.indexOf(' ', start);
  const second = first === -1 || first >= end ? -1 : list.text.indexOf(' ', first + 1);
  if (first === -1 || first >= end) {
    list.add('unparsed', 'start-line', start, end, 'a start line has three parts separated by spaces');
    return null;
  }
  const thirdStart = second === -1 || second >= end ? end : second + 1;
  const secondEnd = second === -1 || second >= end ? end : second;
  if (kind === 'request') {
    list.add('method', 'start-line', start, first);
    list.add('space', 'start-line', first, first + 1);
    list.add('request-target', 'start-line', first + 1, secondEnd);
    list.add('space', 'start-line', secondEnd, thirdStart);
    list.add('http-version', 'start-line', thirdStart, end);
    return null;
  }
  list.add('http-version', 'start-line', start, first);
  list.add('space', 'start-line', first, first + 1);
  const code = list.text.slice(first + 1, secondEnd);
  list.add('status-code', 'start-line', first + 1, secondEnd);
  list.add('space', 'start-line', secondEnd, thirdStart);
  list.add('reason-phrase', 'start-line', thirdStart, end);
  return /^\d{3}$/.test(code) ? Number(code) : null;
}

function framingOf(message: WireMessage, method: string | undefined): WireFraming {
  const { status, headers } = message;
  if (message.kind === 'response') {
    if (method?.toUpperCase() === 'HEAD') return 'none';
    if (status !== null && (status < 200 || status === 204 || status === 304)) return 'none';
    // A tunnel: what follows is no longer HTTP.
    if (method?.toUpperCase() === 'CONNECT' && status !== null && status < 300) return 'none';
  }
  const transfer = codingsOf(fieldValue(headers, 'transfer-encoding'));
  if (transfer.length > 0) return transfer.at(-1) === 'chunked' ? 'chunked' : 'until-close';
  if (fieldValue(headers, 'content-length') !== undefined) return 'content-length';
  return message.kind === 'request' ? 'none' : 'until-close';
}

function body(list: PartList, message: WireMessage, at: number): BodyEnd {
  const { text } = list;
  switch (message.framing) {
    case 'none':
      return { end: at, complete: true };
    case 'chunked':
      return chunkedBody(list, at);
    case 'until-close':
      list.add('body', 'body', at, text.length, 'read until the connection closed');
      return { end: text.length, complete: true };
    case 'content-length': {
      const length = Number(fieldValue(message.headers, 'content-length')?.split(',')[0]?.trim());
      const want = Number.isSafeInteger(length) && length >= 0 ? length : 0;
      const end = Math.min(text.length, at + want);
      const boundary = multipartBoundary(fieldValue(message.headers, 'content-type'));
      if (boundary !== null && end > at) {
        const multipart = multipartBody(list, at, end, boundary);
        return { end, complete: multipart.complete && end === at + want };
      }
      list.add('body', 'body', at, end, `Content-Length: ${want}`);
      return { end, complete: end === at + want };
    }
  }
}

/** One message from `at`: start line, headers, empty line, body. */
function parseMessage(list: PartList, at: number, kind: WireMessage['kind'], method?: string) {
  const before = list.parts.length;
  const message: WireMessage = {
    kind,
    parts: [],
    headers: [],
    status: null,
    framing: 'none',
    contentCodings: [],
    complete: false,
  };
  const finish = (end: number) => {
    message.parts = list.parts.slice(before);
    return { message, end };
  };
  const first = list.line(at);
  if (!first) {
    message.status = startLine(list, at, list.text.length, kind);
    return finish(list.text.length);
  }
  message.status = startLine(list, at, first.contentEnd, kind);
  list.lineEnd(first, 'start-line');
  let pos = first.next;
  for (;;) {
    const line = list.line(pos);
    if (!line) {
      list.add('unparsed', 'headers', pos, list.text.length, 'cut off in the header section');
      return finish(list.text.length);
    }
    if (line.contentEnd === line.start) {
      list.add('empty-line', 'empty-line', line.start, line.next);
      pos = line.next;
      break;
    }
    const field = list.field(line, HEADER);
    if (field) message.headers.push(field);
    pos = line.next;
  }
  message.framing = framingOf(message, method);
  message.contentCodings = codingsOf(fieldValue(message.headers, 'content-encoding'));
  const bodyEnd = body(list, message, pos);
  message.complete = bodyEnd.complete;
  return finish(bodyEnd.end);
}

/**
 * Cuts the bytes of one direction of a hop into labelled parts: a request as the client wrote it,
 * or the response as the server answered (any 1xx interim responses first). Never throws: bytes
 * that do not follow the syntax are labelled `unparsed`, bytes past the message `extra`.
 *
 * @example
 * const [request] = parseWire(bytes, { direction: 'sent' });
 * request.parts[0] // { kind: 'method', section: 'start-line', start: 0, end: 3 }
 */
export function parseWire(bytes: Uint8Array, options: ParseWireOptions): WireMessage[] {
  const list = new PartList(latin1Text(bytes));
  const messages: WireMessage[] = [];
  const kind = options.direction === 'sent' ? 'request' : 'response';
  let at = 0;
  while (at < bytes.length) {
    const { message, end } = parseMessage(list, at, kind, options.requestMethod);
    messages.push(message);
    at = end;
    const interim = message.status !== null && message.status >= 100 && message.status < 200;
    if (interim && message.status !== 101 && message.complete) continue;
    if (at < bytes.length) {
      const switched =
        message.status === 101 || (options.requestMethod === 'CONNECT' && message.status === 200);
      const kindAfter = switched ? 'switched-protocol' : 'extra';
      list.add(kindAfter, 'after', at, bytes.length);
      message.parts.push(list.parts.at(-1)!);
    }
    break;
  }
  return messages;
}
