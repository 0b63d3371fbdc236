import type { HeaderSource, RequestSpec, SentHeader } from '@playground/shared';
import { fail } from './errors.ts';

/**
 * What the playground sends when the user has not said otherwise. Like curl's, these are shown
 * in "Request as sent", marked as defaults, and a header of the same name in the user's table
 * replaces them.
 */
export const DEFAULT_HEADERS: readonly SentHeader[] = [
  { name: 'User-Agent', value: 'http-playground/0.1', source: 'default' },
  { name: 'Accept', value: '*/*', source: 'default' },
  { name: 'Accept-Encoding', value: 'gzip, deflate, br', source: 'default' },
];

function authHeader(auth: RequestSpec['auth']): SentHeader | null {
  switch (auth.type) {
    case 'none':
      return null;
    case 'basic': {
      const credentials = Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64');
      return { name: 'Authorization', value: `Basic ${credentials}`, source: 'auth' };
    }
    case 'bearer':
      return { name: 'Authorization', value: `Bearer ${auth.token}`, source: 'auth' };
  }
}

/**
 * The headers of the first hop, in the order they go out: Host, the defaults, the user's rows (in
 * their order, duplicates kept), then auth and body headers. Headers the user typed win over
 * anything the playground would add under the same name.
 */
export function composeHeaders(
  spec: Pick<RequestSpec, 'headers' | 'auth'>,
  host: string,
  body: { contentType: string | null; length: number } | null,
  method: string,
): SentHeader[] {
  const user = spec.headers
    .filter((h) => h.enabled)
    .map((h): SentHeader => ({ name: h.name, value: h.value, source: 'user' }));
  const userNames = new Set(user.map((h) => h.name.toLowerCase()));
  const unlessUserSet = (header: SentHeader | null) =>
    header !== null && !userNames.has(header.name.toLowerCase()) ? [header] : [];

  const auth = authHeader(spec.auth);
  const contentType: SentHeader | null = body?.contentType
    ? { name: 'Content-Type', value: body.contentType, source: 'body' }
    : null;
  // A body-less POST or PUT still says Content-Length: 0, as browsers and curl do. A user's
  // `Transfer-Encoding: chunked` frames the body instead (Node then writes it in chunks).
  const needsLength =
    !userNames.has('transfer-encoding') &&
    (body !== null || !['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'].includes(method));
  const contentLength: SentHeader | null = needsLength
    ? { name: 'Content-Length', value: String(body?.length ?? 0), source: 'client' }
    : null;

  return [
    ...unlessUserSet({ name: 'Host', value: host, source: 'client' }),
    ...DEFAULT_HEADERS.flatMap(unlessUserSet),
    ...user,
    ...unlessUserSet(auth),
    ...unlessUserSet(contentType),
    ...unlessUserSet(contentLength),
  ];
}

/**
 * Refuses headers that would make the message say one length and carry another: a server (or a
 * proxy in front of it) would split such a message where the learner did not mean to, which is how
 * request smuggling works. `Transfer-Encoding: chunked` is honoured (the body is sent in chunks);
 * any other transfer coding, a second framing header, or a Content-Length that is not the body's
 * length is refused with the field named. `Connection`, `Upgrade`, `TE` and `Keep-Alive` go out as
 * written: every request has a connection of its own, closed after the response, so they cannot
 * affect anyone else's request.
 */
export function checkFraming(rows: RequestSpec['headers'], bodyLength: number | null): void {
  const field = (index: number) => `headers[${index}].value`;
  const enabled = rows.map((row, index) => ({ ...row, index })).filter((row) => row.enabled);
  const named = (name: string) => enabled.filter((row) => row.name.toLowerCase() === name);
  const lengths = named('content-length');
  const codings = named('transfer-encoding');
  const hint = 'Remove the header: the playground frames the body itself and shows how in "Request as sent".';
  for (const row of codings) {
    if (row.value.trim().toLowerCase() !== 'chunked') {
      throw fail(
        'invalid-request',
        'Transfer-Encoding not supported',
        `The playground can only send a body with "Transfer-Encoding: chunked", not "${row.value}": the body would not be encoded the way the header says.`,
        hint,
        { field: field(row.index) },
      );
    }
  }
  if (codings.length > 0 && lengths.length > 0) {
    throw fail(
      'invalid-request',
      'Two ways to find where the body ends',
      'The request has both Content-Length and Transfer-Encoding. Servers disagree on which one wins, which is how request smuggling attacks work, so the playground does not send such a message.',
      'Keep only one of the two headers.',
      { field: field(lengths[0]!.index) },
    );
  }
  const expected = String(bodyLength ?? 0);
  for (const row of lengths) {
    if (row.value.trim() !== expected) {
      throw fail(
        'invalid-request',
        'Content-Length does not match the body',
        `The Content-Length header says ${JSON.stringify(row.value)}, but the body is ${expected} bytes. The server would wait for bytes that never come, or read the rest as another request.`,
        hint,
        { field: field(row.index) },
      );
    }
  }
}

/**
 * Reads the head Node actually wrote (start line and headers) back into rows, keeping the source
 * of every header the playground chose and marking the rest as added by the HTTP client.
 */
export function headersAsSent(rawHead: string, planned: readonly SentHeader[]): SentHeader[] {
  const sources = new Map<string, HeaderSource>(planned.map((h) => [h.name.toLowerCase(), h.source]));
  return rawHead
    .split('\r\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon);
      return {
        name,
        value: line.slice(colon + 1).trim(),
        source: sources.get(name.toLowerCase()) ?? 'client',
      };
    });
}
