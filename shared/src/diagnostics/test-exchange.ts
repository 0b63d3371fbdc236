// Test helper: builds the exchange the checks read, as the proxy would have reported it.
import type { HeaderPair, RedirectEvent, RequestSentEvent, SentHeader } from '../schemas/proxy-event.ts';
import type { DiagnosticsHop, DiagnosticsInput } from './finding.ts';

export interface TestExchange {
  url?: string;
  method?: string;
  /** Request headers as [name, value] (source `user`) or full SentHeaders. */
  sent?: (HeaderPair | SentHeader)[];
  status?: number;
  headers?: HeaderPair[];
  body?: string | Uint8Array;
  bodyComplete?: boolean;
  /** Redirects followed before the final answer: where from, with what status and headers. */
  redirects?: { url: string; status?: number; headers?: HeaderPair[]; method?: string }[];
}

function request(hop: number, url: string, method: string, sent: TestExchange['sent']): RequestSentEvent {
  const parsed = new URL(url);
  return {
    type: 'request',
    hop,
    method,
    url,
    target: `${parsed.pathname}${parsed.search}`,
    httpVersion: '1.1',
    headers: [
      { name: 'Host', value: parsed.host, source: 'client' },
      { name: 'User-Agent', value: 'http-playground', source: 'default' },
      { name: 'Accept', value: '*/*', source: 'default' },
      ...(sent ?? []).map((header) =>
        Array.isArray(header) ? { name: header[0], value: header[1], source: 'user' as const } : header,
      ),
    ],
    bodyBytes: 0,
  };
}

/** An exchange for the checks, with plain defaults (GET, 200, no headers, empty body). */
export function testExchange(spec: TestExchange = {}): DiagnosticsInput {
  const url = spec.url ?? 'https://api.example.org/items';
  const method = spec.method ?? 'GET';
  const redirects = spec.redirects ?? [];
  const hops: DiagnosticsHop[] = redirects.map((redirect, hop) => {
    const next = redirects[hop + 1]?.url ?? url;
    const event: RedirectEvent = {
      type: 'redirect',
      hop,
      httpVersion: '1.1',
      status: redirect.status ?? 302,
      statusText: 'Found',
      headers: [['Location', next], ...(redirect.headers ?? [])],
      location: next,
      nextUrl: next,
      nextMethod: method,
      timings: { dns: null, connect: null, tls: null, firstByte: 1, download: 0, total: 1 },
    };
    return { request: request(hop, redirect.url, redirect.method ?? method, spec.sent), redirect: event };
  });
  hops.push({ request: request(hops.length, url, method, spec.sent) });
  const body =
    typeof spec.body === 'string' ? new TextEncoder().encode(spec.body) : (spec.body ?? new Uint8Array());
  return {
    hops,
    response: {
      type: 'response',
      hop: hops.length - 1,
      url,
      httpVersion: '1.1',
      status: spec.status ?? 200,
      statusText: '',
      headers: spec.headers ?? [],
      remoteAddress: '127.0.0.1',
      remotePort: 443,
      contentEncoding: null,
      contentLength: body.length,
    },
    body,
    bodyComplete: spec.bodyComplete ?? true,
  };
}
