import { concatChunks, type ExchangeSnapshot, type Hop } from '../exchange/exchange-recorder.ts';
import type { HeaderPair, Timings } from '../schemas/proxy-event.ts';
import type { SavedDraft } from '../schemas/saved-workspace.ts';
import { buildRequestUrl, splitUrl } from '../url/request-url.ts';
import { harPostData } from './har-post-data.ts';
import type { Json } from './shape.ts';

/** One sent request for a HAR file: its draft, when it started, and what the proxy reported. */
export interface HarSource {
  draft: SavedDraft;
  /** Epoch milliseconds. */
  startedAt: number;
  snapshot: ExchangeSnapshot | null;
}

const decode = (text: string) => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

function queryString(url: string): Json[] {
  const { query } = splitUrl(url);
  if (!query) return [];
  return query
    .split('&')
    .filter((piece) => piece !== '')
    .map((piece) => {
      const eq = piece.indexOf('=');
      return eq === -1
        ? { name: decode(piece), value: '' }
        : { name: decode(piece.slice(0, eq)), value: decode(piece.slice(eq + 1)) };
    });
}

function cookiesFrom(
  headers: readonly { name: string; value: string }[],
  name: 'cookie' | 'set-cookie',
): Json[] {
  return headers
    .filter((h) => h.name.toLowerCase() === name)
    .flatMap((h) => (name === 'cookie' ? h.value.split(';') : [h.value.split(';')[0] ?? '']))
    .map((pair) => pair.trim())
    .filter((pair) => pair.includes('='))
    .map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1) }));
}

/** HAR timings from ours: HAR's `connect` includes the TLS time, and -1 means "did not happen". */
function harTimings(timings: Timings | null | undefined): { time: number; timings: Json } {
  if (!timings)
    return { time: 0, timings: { blocked: -1, dns: -1, connect: -1, ssl: -1, send: 0, wait: 0, receive: 0 } };
  const phase = (ms: number | null) => (ms === null ? -1 : ms);
  const connect = timings.connect === null ? -1 : timings.connect + (timings.tls ?? 0);
  return {
    time: timings.total,
    timings: {
      blocked: -1,
      dns: phase(timings.dns),
      connect,
      ssl: phase(timings.tls),
      send: 0,
      wait: Math.max(0, timings.firstByte ?? 0),
      receive: Math.max(0, timings.download ?? 0),
    },
  };
}

const TEXT_TYPE =
  /^(?:text\/|application\/(?:[\w.-]+\+)?(?:json|xml|javascript|x-www-form-urlencoded)|image\/svg\+xml)/i;

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The body as HAR content: UTF-8 text when it is text, base64 otherwise. */
function content(snapshot: ExchangeSnapshot, mimeType: string): Json {
  const bytes = concatChunks(snapshot.chunks);
  const size = snapshot.end?.sizes.bodyBytes ?? bytes.length;
  const wire = snapshot.end?.sizes.bodyWireBytes;
  const out: Json = {
    size,
    mimeType,
    ...(wire !== undefined && size - wire > 0 ? { compression: size - wire } : {}),
  };
  if (bytes.length === 0) return out;
  if (TEXT_TYPE.test(mimeType)) {
    try {
      return { ...out, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      // Declared as text but not valid UTF-8: keep the bytes exactly.
    }
  }
  return { ...out, text: bytesToBase64(bytes), encoding: 'base64' };
}

const pairs = (headers: readonly HeaderPair[]) => headers.map(([name, value]) => ({ name, value }));
const headerValue = (headers: readonly HeaderPair[], name: string) =>
  headers.find(([key]) => key.toLowerCase() === name)?.[1];

function harRequest(draft: SavedDraft, hop: Hop | undefined, first: boolean): Json {
  const sent = hop?.request;
  const url =
    sent?.url ??
    buildRequestUrl({ url: draft.url, pathVariables: draft.pathVariables.filter((v) => v.value !== '') });
  const headers = sent
    ? sent.headers.map(({ name, value }) => ({ name, value }))
    : draft.headers.filter((h) => h.enabled && h.name !== '').map(({ name, value }) => ({ name, value }));
  const postData = (sent ? (sent.bodyBytes ?? 1) > 0 : first) ? harPostData(draft.body) : undefined;
  return {
    method: sent?.method ?? draft.method,
    url,
    httpVersion: sent?.httpVersion ?? 'HTTP/1.1',
    cookies: cookiesFrom(headers, 'cookie'),
    headers,
    queryString: queryString(url),
    ...(postData ? { postData } : {}),
    headersSize: -1,
    bodySize: sent ? (sent.bodyBytes ?? -1) : -1,
  };
}

function noResponse(error?: string): Json {
  return {
    status: 0,
    statusText: '',
    httpVersion: '',
    cookies: [],
    headers: [],
    content: { size: 0, mimeType: 'x-unknown' },
    redirectURL: '',
    headersSize: -1,
    bodySize: -1,
    ...(error ? { _error: error } : {}),
  };
}

function harResponse(
  version: string,
  status: number,
  statusText: string,
  headers: readonly HeaderPair[],
  extra: Json,
): Json {
  const list = pairs(headers);
  return {
    status,
    statusText,
    httpVersion: version,
    cookies: cookiesFrom(list, 'set-cookie'),
    headers: list,
    ...extra,
  };
}

/** One HAR entry per hop, as browsers write redirects: each 3xx, then the final answer. */
function entriesFor(source: HarSource): Json[] {
  const { draft, snapshot, startedAt } = source;
  if (!snapshot) {
    return [
      {
        startedDateTime: new Date(startedAt).toISOString(),
        ...harTimings(null),
        request: harRequest(draft, undefined, true),
        response: noResponse(),
        cache: {},
      },
    ];
  }
  const hops = snapshot.hops.length > 0 ? snapshot.hops : [undefined];
  let clock = startedAt;
  return hops.map((hop, index) => {
    const last = index === hops.length - 1;
    let response: Json;
    let timing: Timings | null | undefined;
    if (hop?.redirect) {
      const r = hop.redirect;
      timing = r.timings;
      response = harResponse(r.httpVersion, r.status, r.statusText, r.headers, {
        content: { size: 0, mimeType: headerValue(r.headers, 'content-type') ?? 'x-unknown' },
        redirectURL: r.location,
        headersSize: -1,
        bodySize: -1,
      });
    } else if (last && snapshot.response) {
      const r = snapshot.response;
      timing = snapshot.end?.timings ?? snapshot.failure?.timings;
      response = harResponse(r.httpVersion, r.status, r.statusText, r.headers, {
        content: content(snapshot, headerValue(r.headers, 'content-type') ?? 'x-unknown'),
        redirectURL: '',
        headersSize: snapshot.end?.sizes.headerBytes ?? -1,
        bodySize: snapshot.end?.sizes.bodyWireBytes ?? -1,
        ...(snapshot.failure ? { _error: snapshot.failure.error.message } : {}),
      });
    } else {
      timing = snapshot.failure?.timings;
      response = noResponse(
        snapshot.failure?.error.message ?? (snapshot.phase === 'cancelled' ? 'Cancelled' : undefined),
      );
    }
    const { time, timings } = harTimings(timing);
    const remote = hop?.connection?.remoteAddress;
    const entry: Json = {
      startedDateTime: new Date(clock).toISOString(),
      time,
      request: harRequest(draft, hop, index === 0),
      response,
      cache: {},
      timings,
      ...(remote && remote !== 'in-process' ? { serverIPAddress: remote.replace(/^\[|\]$/g, '') } : {}),
      ...(hop?.connection ? { connection: String(hop.connection.remotePort) } : {}),
    };
    clock += time;
    return entry;
  });
}

/**
 * Sent requests as a HAR 1.2 file (what browsers' developer tools open): each request as it went
 * out (the headers the proxy really sent, when known), each redirect hop, and each response with
 * its headers, body (UTF-8 text, or base64 for binary) and timings.
 *
 * @example
 * const har = toHar(history.map((h) => ({ draft: h.draft, startedAt: h.startedAt, snapshot: null })));
 * download(JSON.stringify(har, null, 2), 'requests.har');
 */
export function toHar(entries: readonly HarSource[]): Json {
  return {
    log: {
      version: '1.2',
      creator: { name: 'HTTP Playground', version: '1.0' },
      entries: entries.flatMap(entriesFor),
    },
  };
}
