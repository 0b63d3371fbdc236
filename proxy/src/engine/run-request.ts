import type { Readable } from 'node:stream';
import {
  buildRequestUrl,
  type HeaderPair,
  type ProxyError,
  type ProxyEvent,
  type RequestSpec,
  type SentHeader,
  type Timings,
} from '@playground/shared';
import type { BlobStore } from './blob-store.ts';
import { abortError, type ConnectPolicy, openConnection, type Resolver } from './connect.ts';
import { contentCodings, decodeBody } from './decode-body.ts';
import { EngineFailure, fail, networkFailure, timeoutFailure } from './errors.ts';
import { isFollowableRedirect, nextHopHeaders, nextHopMethod } from './redirects.ts';
import { type PreparedBody, prepareBody } from './request-body.ts';
import { composeHeaders, headersAsSent } from './request-headers.ts';
import { sendRequest } from './send-request.ts';

export interface EngineDeps {
  blobs: BlobStore;
  maxResponseBytes: number;
  maxResponseHeaderBytes: number;
  policy?: ConnectPolicy | undefined;
  resolver?: Resolver | undefined;
  extraCA?: string[] | undefined;
}

/** What the engine yields: events, and body chunks between `response` and `end`. */
export type EngineOutput = ProxyEvent | Uint8Array;

/** Parses the address the user composed, refusing what the engine cannot send. */
export function targetUrl(spec: Pick<RequestSpec, 'url' | 'params' | 'pathVariables'>): URL {
  const text = buildRequestUrl(spec);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail(
      'invalid-url',
      'Invalid address',
      `"${text}" is not a valid web address.`,
      'An address looks like https://example.com/path?name=value. Check for typos, spaces in the host name or a missing host.',
      { field: 'url' },
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const ws = url.protocol === 'ws:' || url.protocol === 'wss:';
    throw fail(
      'unsupported-scheme',
      'Unsupported scheme',
      `The playground sends HTTP requests, so the address must start with http:// or https://, not ${url.protocol}//.`,
      ws
        ? 'WebSocket addresses (ws://, wss://) need a WebSocket connection, not an HTTP request.'
        : 'Use an http:// or https:// address.',
      { field: 'url' },
    );
  }
  if (url.hostname === '') {
    throw fail(
      'invalid-url',
      'Invalid address',
      `"${text}" has no host name.`,
      'Add a host, e.g. https://example.com/.',
      {
        field: 'url',
      },
    );
  }
  return url;
}

function hostnameOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

function portOf(url: URL): number {
  return url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
}

function pairs(raw: string[]): HeaderPair[] {
  const out: HeaderPair[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i]!, raw[i + 1]!]);
  return out;
}

function headerBytes(version: string, status: number, reason: string, headers: HeaderPair[]): number {
  let bytes = Buffer.byteLength(`HTTP/${version} ${status} ${reason}\r\n\r\n`, 'latin1');
  for (const [name, value] of headers) bytes += Buffer.byteLength(`${name}: ${value}\r\n`, 'latin1');
  return bytes;
}

/** Credentials written into the address (`http://user:pass@host/`) become Basic auth, as in browsers. */
function credentialsFromUrl(url: URL, spec: RequestSpec): RequestSpec['auth'] {
  if (url.username === '' && url.password === '') return spec.auth;
  const auth: RequestSpec['auth'] =
    spec.auth.type === 'none'
      ? {
          type: 'basic',
          username: decodeURIComponent(url.username),
          password: decodeURIComponent(url.password),
        }
      : spec.auth;
  url.username = '';
  url.password = '';
  return auth;
}

/**
 * Runs one request as composed and yields everything that happened, as it happens: the request as
 * sent and its connection, each redirect hop, the response head, body chunks (decoded), and `end`
 * with timings and sizes. A failure without an HTTP response is one final `error` event; the
 * generator never throws for those. Aborting `signal` stops everything at once.
 */
export async function* runRequest(
  spec: RequestSpec,
  deps: EngineDeps,
  signal: AbortSignal,
): AsyncGenerator<EngineOutput, void, undefined> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const { timeouts } = spec.options;
  const local = new AbortController();
  const onOuterAbort = () => local.abort(signal.reason ?? abortError());
  signal.addEventListener('abort', onOuterAbort, { once: true });
  let where = spec.url;
  const totalTimer =
    timeouts.totalMs > 0
      ? setTimeout(() => local.abort(timeoutFailure('total', timeouts.totalMs, where)), timeouts.totalMs)
      : undefined;
  let openSocket: { destroy(error?: Error): void } | undefined;
  // Cancelling or running out of time cuts the connection, wherever the exchange is.
  local.signal.addEventListener('abort', () => openSocket?.destroy(local.signal.reason as Error), {
    once: true,
  });
  let hopTimings: Omit<Timings, 'total'> = {
    dns: null,
    connect: null,
    tls: null,
    firstByte: null,
    download: null,
  };
  let hopStarted = started;

  try {
    let url = targetUrl(spec);
    const auth = credentialsFromUrl(url, spec);
    let method = spec.method;
    let body: PreparedBody | null = await prepareBody(spec.body, deps.blobs);
    let headers: SentHeader[] = composeHeaders({ headers: spec.headers, auth }, url.host, body, method);

    for (let hop = 0; ; hop += 1) {
      hopStarted = performance.now();
      hopTimings = { dns: null, connect: null, tls: null, firstByte: null, download: null };
      const hostname = hostnameOf(url);
      const port = portOf(url);
      where = `${url.hostname}:${port}`;
      const connection = await openConnection(
        { protocol: url.protocol as 'http:' | 'https:', hostname, port },
        {
          connectTimeoutMs: timeouts.connectMs,
          signal: local.signal,
          policy: deps.policy,
          resolver: deps.resolver,
          extraCA: deps.extraCA,
        },
      );
      openSocket = connection.socket;
      hopTimings = { ...hopTimings, ...connection.timings };

      const target = `${url.pathname}${url.search}`;
      const sent = sendRequest(connection, {
        method,
        target,
        headers,
        body,
        where,
        firstByteMs: timeouts.firstByteMs,
        maxHeaderBytes: deps.maxResponseHeaderBytes,
        signal: local.signal,
      });
      yield {
        type: 'request',
        hop,
        method,
        url: url.href,
        target,
        httpVersion: 'HTTP/1.1',
        headers: headersAsSent(sent.rawHead, headers),
        bodyBytes: body?.length ?? null,
      };
      yield {
        type: 'connection',
        hop,
        remoteAddress: connection.remoteAddress,
        remotePort: connection.remotePort,
        reused: false,
        tls: connection.tls,
      };

      const exchange = await sent.exchange;
      const { response } = exchange;
      hopTimings.firstByte = Math.max(0, exchange.responseAt - exchange.sentAt);
      const status = response.statusCode ?? 0;
      const statusText = response.statusMessage ?? '';
      const responseHeaders = pairs(response.rawHeaders);
      const location = response.headers.location;

      if (spec.options.followRedirects && isFollowableRedirect(status, location)) {
        if (hop >= spec.options.maxRedirects) {
          throw fail(
            'too-many-redirects',
            'Too many redirects',
            `The server redirected more than ${spec.options.maxRedirects} times in a row (the last hop was to ${location}).`,
            'The redirects may go round in a circle. Turn off "follow redirects" to look at each one, or allow more hops.',
          );
        }
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw fail(
            'protocol',
            'Invalid redirect',
            `${where} redirected to "${location}", which is not a valid address.`,
            'Turn off "follow redirects" to see the response itself.',
          );
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw fail(
            'unsupported-scheme',
            'Unsupported redirect',
            `${where} redirected to ${next.protocol}// address, which the playground does not follow.`,
            'Turn off "follow redirects" to see the response itself.',
          );
        }
        const nextHop = nextHopMethod(status, method);
        response.destroy();
        connection.socket.destroy();
        yield {
          type: 'redirect',
          hop,
          httpVersion: response.httpVersion,
          status,
          statusText,
          headers: responseHeaders,
          location,
          nextUrl: next.href,
          nextMethod: nextHop.method,
          timings: { ...hopTimings, total: performance.now() - hopStarted },
        };
        const sameOrigin = next.origin === url.origin;
        headers = nextHopHeaders(headers, { keepBody: nextHop.keepBody, sameOrigin }).map((h) =>
          h.name.toLowerCase() === 'host' ? { ...h, value: next.host } : h,
        );
        if (!headers.some((h) => h.name.toLowerCase() === 'host')) {
          headers.unshift({ name: 'Host', value: next.host, source: 'client' });
        }
        if (!nextHop.keepBody) body = null;
        method = nextHop.method;
        url = next;
        continue;
      }

      const codings = contentCodings(response.headers['content-encoding']);
      const announced = response.headers['content-length'];
      let wireBytes = 0;
      response.on('data', (chunk: Buffer) => {
        wireBytes += chunk.length;
      });
      const { stream, decoded } = exchange.tunnel
        ? { stream: null, decoded: false }
        : decodeBody(response, codings);
      yield {
        type: 'response',
        hop,
        url: url.href,
        httpVersion: `HTTP/${response.httpVersion}`,
        status,
        statusText,
        headers: responseHeaders,
        remoteAddress: connection.remoteAddress,
        remotePort: connection.remotePort,
        contentEncoding: decoded ? codings.join(', ') : null,
        contentLength: announced !== undefined && /^\d+$/.test(announced) ? Number(announced) : null,
      };

      const downloadStarted = performance.now();
      let bodyBytes = 0;
      if (stream) {
        try {
          for await (const chunk of stream as Readable) {
            bodyBytes += (chunk as Buffer).length;
            if (bodyBytes > deps.maxResponseBytes) {
              throw fail(
                'response-too-large',
                'Response too large',
                `The response body is larger than the ${deps.maxResponseBytes} bytes this playground passes on.`,
                'Ask for less data (e.g. a smaller page or range), or run the playground with a higher PLAYGROUND_MAX_RESPONSE_BYTES.',
              );
            }
            yield chunk as Buffer;
          }
        } catch (err) {
          if (err instanceof EngineFailure || local.signal.aborted) throw err;
          const error = err as NodeJS.ErrnoException;
          if (error.code === 'ECONNRESET' || error.message === 'aborted') {
            const expected = announced ? ` of the ${announced} bytes announced` : '';
            throw fail(
              'connection-reset',
              'Response cut off',
              `${where} closed the connection after ${wireBytes} bytes of the body${expected}; the response is incomplete.`,
              'The server may have crashed or stopped mid-way. Try again, and check the server if it keeps happening.',
              { code: 'ECONNRESET' },
            );
          }
          if (
            (error.code ?? '').startsWith('Z_') ||
            error.code === 'ERR__ERROR_FORMAT_PADDING_1' ||
            /decompress|header check|incorrect/i.test(error.message)
          ) {
            throw fail(
              'body-decode',
              'Could not decode the body',
              `${where} said the body was compressed with ${codings.join(', ')}, but it could not be decompressed (${error.message}).`,
              'The server sends a wrong Content-Encoding header. Send "Accept-Encoding: identity" to ask for an uncompressed body.',
              { code: error.code },
            );
          }
          throw err;
        }
      }
      hopTimings.download = performance.now() - downloadStarted;
      yield {
        type: 'end',
        timings: { ...hopTimings, total: elapsed() },
        sizes: {
          headerBytes: headerBytes(response.httpVersion, status, statusText, responseHeaders),
          bodyWireBytes: wireBytes,
          bodyBytes,
        },
      };
      return;
    }
  } catch (err) {
    const reason = local.signal.aborted ? local.signal.reason : err;
    if (reason instanceof EngineFailure) {
      yield { type: 'error', error: reason.proxyError, timings: { ...hopTimings, total: elapsed() } };
      return;
    }
    if (reason instanceof Error && reason.name === 'AbortError') return; // the browser went away
    yield { type: 'error', error: unexpected(reason, where), timings: { ...hopTimings, total: elapsed() } };
  } finally {
    clearTimeout(totalTimer);
    signal.removeEventListener('abort', onOuterAbort);
    openSocket?.destroy();
  }
}

function unexpected(err: unknown, where: string): ProxyError {
  const error = err as NodeJS.ErrnoException;
  if (error?.code) return networkFailure(error, ...splitWhere(where)).proxyError;
  return {
    kind: 'internal',
    title: 'The request failed',
    message: `The request to ${where} failed unexpectedly: ${error?.message ?? String(err)}.`,
    hint: 'Try again. If it keeps happening, the proxy log has the details.',
  };
}

function splitWhere(where: string): [string, number] {
  const colon = where.lastIndexOf(':');
  return [where.slice(0, colon), Number(where.slice(colon + 1))];
}
