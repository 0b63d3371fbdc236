import type { HeaderSource, RequestSpec, SentHeader } from '@playground/shared';

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
  // A body-less POST or PUT still says Content-Length: 0, as browsers and curl do.
  const needsLength =
    body !== null || !['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'].includes(method);
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
