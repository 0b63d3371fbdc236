import type {
  HeaderPair,
  ProxyError,
  ProxyEvent,
  RequestSpec,
  SentHeader,
  Timings,
} from '@playground/shared';
import type { BlobStore } from './blob-store.ts';
import {
  abortError,
  type ConnectPolicy,
  type ConnectTarget,
  type InProcessConnector,
  openConnection,
  type Resolver,
} from './connect.ts';
import { ConnectionPool } from './connection-pool.ts';
import { RequestCookieJar } from './cookie-jar.ts';
import { EngineFailure, fail, networkFailure, timeoutFailure } from './errors.ts';
import { openBody } from './read-body.ts';
import { isFollowableRedirect, nextHopHeaders, nextHopMethod, redirectTarget } from './redirects.ts';
import { type PreparedBody, prepareBody } from './request-body.ts';
import { checkFraming, composeHeaders, headersAsSent } from './request-headers.ts';
import { type Exchange, sendRequest } from './send-request.ts';
import { credentialsFromUrl, hostnameOf, portOf, targetUrl } from './target-url.ts';
import { HopCapture } from './wire-capture.ts';

export interface EngineDeps {
  blobs: BlobStore;
  maxResponseBytes: number;
  /** Past `maxResponseBytes`, cut the body and mark `end` truncated, instead of failing. */
  truncateResponse?: boolean | undefined;
  /** The playground's own cap on a whole request; the request's `totalMs` may only be lower. */
  maxTotalMs?: number | undefined;
  maxResponseHeaderBytes: number;
  policy?: ConnectPolicy | undefined;
  resolver?: Resolver | undefined;
  /** Targets answered without a network connection (a shared playground's own practice server). */
  inProcess?: InProcessConnector | undefined;
  extraCA?: string[] | undefined;
  /** Keeps connections alive between requests to the same origin; without it, one per request. */
  pool?: ConnectionPool | undefined;
  /** Report each hop's bytes as they crossed the connection (`wire` events), for the raw view. */
  captureWire?: boolean | undefined;
}

/** The request's own time limit, unless the playground's cap is lower (0 means none). */
function totalLimit(requested: number, cap: number | undefined): { ms: number; imposed: boolean } {
  if (cap === undefined || !Number.isFinite(cap) || cap <= 0) return { ms: requested, imposed: false };
  if (requested === 0 || requested > cap) return { ms: cap, imposed: true };
  return { ms: requested, imposed: false };
}

/** What the engine yields: events, and body chunks between `response` and `end`. */
export type EngineOutput = ProxyEvent | Uint8Array;

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
  const total = totalLimit(timeouts.totalMs, deps.maxTotalMs);
  const totalTimer =
    total.ms > 0
      ? setTimeout(() => local.abort(timeoutFailure('total', total.ms, where, total.imposed)), total.ms)
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
  let jar: RequestCookieJar | null = null;
  const wire = new HopCapture();

  try {
    let url = targetUrl(spec);
    const auth = credentialsFromUrl(url, spec);
    let method = spec.method;
    let body: PreparedBody | null = await prepareBody(spec.body, deps.blobs);
    checkFraming(spec.headers, body?.length ?? null);
    let headers: SentHeader[] = composeHeaders({ headers: spec.headers, auth }, url.host, body, method);
    jar = spec.cookieJar ? RequestCookieJar.load(spec.cookieJar) : null;

    let freshConnection = false;
    for (let hop = 0; ; hop += 1) {
      hopStarted = performance.now();
      hopTimings = { dns: null, connect: null, tls: null, firstByte: null, download: null };
      const hostname = hostnameOf(url);
      const port = portOf(url);
      where = `${url.hostname}:${port}`;
      const connectTarget: ConnectTarget = { protocol: url.protocol as 'http:' | 'https:', hostname, port };
      const poolKey = ConnectionPool.key(connectTarget, deps.extraCA);
      const kept = deps.pool && !freshConnection ? deps.pool.take(poolKey) : null;
      const connection =
        kept ??
        (await openConnection(connectTarget, {
          connectTimeoutMs: timeouts.connectMs,
          signal: local.signal,
          policy: deps.policy,
          resolver: deps.resolver,
          inProcess: deps.inProcess,
          extraCA: deps.extraCA,
        }));
      const reused = kept !== null;
      freshConnection = false;
      openSocket = connection.socket;
      if (!reused) hopTimings = { ...hopTimings, ...connection.timings };
      let hopResponse: import('node:http').IncomingMessage | undefined;
      const pooled = deps.pool !== undefined && connection.remoteAddress !== 'in-process';
      if (pooled) deps.pool?.offer(poolKey, connection, () => hopResponse);

      const target = `${url.pathname}${url.search}`;
      // The jar's cookies are worked out for each hop's address, never carried over from the last.
      const hopHeaders = jar ? jar.addCookies(headers, url) : headers;
      const sent = sendRequest(connection, {
        method,
        target,
        headers: hopHeaders,
        body,
        where,
        firstByteMs: timeouts.firstByteMs,
        maxHeaderBytes: deps.maxResponseHeaderBytes,
        signal: local.signal,
        captureWire: deps.captureWire,
      });
      wire.watch(sent.wire, hop);
      yield {
        type: 'request',
        hop,
        method,
        url: url.href,
        target,
        httpVersion: 'HTTP/1.1',
        headers: headersAsSent(sent.rawHead, hopHeaders),
        bodyBytes: body?.length ?? 0,
      };
      yield {
        type: 'connection',
        hop,
        remoteAddress: connection.remoteAddress,
        remotePort: connection.remotePort,
        reused,
        tls: connection.tls,
      };

      let exchange: Exchange;
      try {
        exchange = await sent.exchange;
      } catch (err) {
        // A kept-alive connection the server closed just as it was reused: send once more on a new one.
        if (reused && err instanceof EngineFailure && err.proxyError.kind === 'connection-reset') {
          connection.socket.destroy();
          wire.drop(); // this attempt's bytes are not the hop's: it is sent again
          freshConnection = true;
          hop -= 1;
          continue;
        }
        throw err;
      }
      const { response } = exchange;
      hopResponse = response;
      hopTimings.firstByte = Math.max(0, exchange.responseAt - exchange.sentAt);
      const status = response.statusCode ?? 0;
      const statusText = response.statusMessage ?? '';
      const responseHeaders = pairs(response.rawHeaders);
      const location = response.headers.location;
      jar?.receive(response.headers['set-cookie'], url, hop);

      if (spec.options.followRedirects && isFollowableRedirect(status, location)) {
        if (hop >= spec.options.maxRedirects) {
          throw fail(
            'too-many-redirects',
            'Too many redirects',
            `The server redirected more than ${spec.options.maxRedirects} times in a row (the last hop was to ${location}).`,
            'The redirects may go round in a circle. Turn off "follow redirects" to look at each one, or allow more hops.',
          );
        }
        const next = redirectTarget(location, url, where);
        const nextHop = nextHopMethod(status, method);
        response.destroy();
        connection.socket.destroy();
        yield* wire.finish();
        yield {
          type: 'redirect',
          hop,
          httpVersion: `HTTP/${response.httpVersion}`,
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

      const announced = response.headers['content-length'];
      const responseBody = exchange.tunnel ? null : openBody(response, where);
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
        contentEncoding: responseBody?.contentEncoding ?? null,
        contentLength: announced !== undefined && /^\d+$/.test(announced) ? Number(announced) : null,
      };

      const downloadStarted = performance.now();
      if (responseBody) {
        const limit = { maxBytes: deps.maxResponseBytes, truncate: deps.truncateResponse === true };
        yield* responseBody.read(limit, () => local.signal.aborted);
      }
      hopTimings.download = performance.now() - downloadStarted;
      // Read to the end, the connection is Node's to keep alive (for the pool) or to close.
      if (pooled && responseBody && !responseBody.truncated() && !exchange.tunnel) openSocket = undefined;
      yield* wire.finish();
      if (jar) yield jar.event();
      yield {
        type: 'end',
        timings: { ...hopTimings, total: elapsed() },
        sizes: {
          headerBytes: headerBytes(response.httpVersion, status, statusText, responseHeaders),
          bodyWireBytes: responseBody?.wireBytes() ?? 0,
          bodyBytes: responseBody?.bodyBytes() ?? 0,
        },
        ...(responseBody?.truncated() ? { truncated: true } : {}),
      };
      return;
    }
  } catch (err) {
    const reason = local.signal.aborted ? local.signal.reason : err;
    const browserLeft =
      !(reason instanceof EngineFailure) && reason instanceof Error && reason.name === 'AbortError';
    // What crossed the connection before the failure is often the clearest clue (a malformed head).
    if (!browserLeft) yield* wire.finish();
    // What the servers set before the failure stays set, as in a browser.
    if (jar?.answered && !browserLeft) yield jar.event();
    if (reason instanceof EngineFailure) {
      yield { type: 'error', error: reason.proxyError, timings: { ...hopTimings, total: elapsed() } };
      return;
    }
    if (browserLeft) return; // the browser went away
    yield { type: 'error', error: unexpected(reason, where), timings: { ...hopTimings, total: elapsed() } };
  } finally {
    clearTimeout(totalTimer);
    signal.removeEventListener('abort', onOuterAbort);
    wire.drop();
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
