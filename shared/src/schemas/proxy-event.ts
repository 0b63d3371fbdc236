import { z } from 'zod';
import { CookieJarContents } from './cookie.ts';
import { ProxyError } from './proxy-error.ts';
import { TlsInfo } from './tls-info.ts';

/** A header as it crossed the wire: name in its original case, duplicates kept as separate pairs. */
export const HeaderPair = z.tuple([z.string(), z.string()]);
export type HeaderPair = z.infer<typeof HeaderPair>;

/**
 * Who put a header on the request: the user's table, the auth tab, the body editor, the HTTP
 * client itself (Host, Content-Length, Connection), or a default of the playground that the user did
 * not ask for and can override (User-Agent, Accept, Accept-Encoding), or the request's cookie jar.
 */
export const HeaderSource = z.enum(['user', 'auth', 'body', 'client', 'default', 'cookie-jar']);
export type HeaderSource = z.infer<typeof HeaderSource>;

export const SentHeader = z.object({ name: z.string(), value: z.string(), source: HeaderSource });
export type SentHeader = z.infer<typeof SentHeader>;

/** Milliseconds of each phase; null when the phase did not happen (e.g. DNS for an IP address). */
export const Timings = z.object({
  dns: z.number().nullable(),
  connect: z.number().nullable(),
  tls: z.number().nullable(),
  /** From the request being written to the first byte of the response. */
  firstByte: z.number().nullable(),
  download: z.number().nullable(),
  total: z.number(),
});
export type Timings = z.infer<typeof Timings>;

/** The request exactly as written on the connection, one per hop. */
export const RequestSentEvent = z.object({
  type: z.literal('request'),
  hop: z.number().int(),
  method: z.string(),
  url: z.string(),
  /** The request-target on the start line, e.g. `/get?a=1`. */
  target: z.string(),
  httpVersion: z.string(),
  headers: z.array(SentHeader),
  /** Bytes of the request body (0 without one); null would mean a chunked body of unknown size. */
  bodyBytes: z.number().nullable(),
});
export type RequestSentEvent = z.infer<typeof RequestSentEvent>;

/** The connection a hop used. */
export const ConnectionEvent = z.object({
  type: z.literal('connection'),
  hop: z.number().int(),
  /**
   * The IP address connected to, or `in-process` when a shared playground's own practice server
   * answered without any network connection.
   */
  remoteAddress: z.string(),
  remotePort: z.number().int(),
  /** true when an earlier request's kept-alive connection was used again. */
  reused: z.boolean(),
  tls: TlsInfo.nullable(),
});
export type ConnectionEvent = z.infer<typeof ConnectionEvent>;

/** A 3xx that was followed. */
export const RedirectEvent = z.object({
  type: z.literal('redirect'),
  hop: z.number().int(),
  httpVersion: z.string(),
  status: z.number().int(),
  statusText: z.string(),
  headers: z.array(HeaderPair),
  location: z.string(),
  /** Where the next hop goes and with which method (301/302/303 turn into GET). */
  nextUrl: z.string(),
  nextMethod: z.string(),
  timings: Timings,
});
export type RedirectEvent = z.infer<typeof RedirectEvent>;

/** The final response's head. Body frames follow, then `end`. */
export const ResponseEvent = z.object({
  type: z.literal('response'),
  hop: z.number().int(),
  url: z.string(),
  httpVersion: z.string(),
  status: z.number().int(),
  /** The reason phrase exactly as the server sent it (may be empty). */
  statusText: z.string(),
  headers: z.array(HeaderPair),
  remoteAddress: z.string(),
  remotePort: z.number().int(),
  /** The Content-Encoding the proxy decodes for display (gzip, deflate, br), if any. */
  contentEncoding: z.string().nullable(),
  /** The Content-Length the server announced, if any. */
  contentLength: z.number().nullable(),
});
export type ResponseEvent = z.infer<typeof ResponseEvent>;

export const Sizes = z.object({
  /** Bytes of the status line and headers as received. */
  headerBytes: z.number().int(),
  /** Body bytes as they crossed the wire (compressed, if the server compressed). */
  bodyWireBytes: z.number().int(),
  /** Body bytes after decoding: what the body frames carried. */
  bodyBytes: z.number().int(),
});
export type Sizes = z.infer<typeof Sizes>;

export const EndEvent = z.object({
  type: z.literal('end'),
  timings: Timings,
  sizes: Sizes,
  /**
   * true when the proxy cut the body at its size limit (shared playgrounds): the body frames hold
   * only the first `sizes.bodyBytes` bytes, and the rest was never read.
   */
  truncated: z.boolean().optional(),
});
export type EndEvent = z.infer<typeof EndEvent>;

/** One `Set-Cookie` a hop received, and what the jar did with it. */
export const CookieChange = z.object({
  hop: z.number().int(),
  name: z.string(),
  domain: z.string(),
  /** `stored`, `deleted` (expired or Max-Age=0), or why the jar refused it, in plain words. */
  outcome: z.enum(['stored', 'deleted', 'rejected']),
  reason: z.string().nullable(),
});
export type CookieChange = z.infer<typeof CookieChange>;

/**
 * The request's cookie jar as it ended up, sent when the request carried one (`cookieJar`): just
 * before `end`, or before `error` when a hop had already answered.
 */
export const CookiesEvent = z.object({
  type: z.literal('cookies'),
  jar: CookieJarContents,
  changes: z.array(CookieChange),
});
export type CookiesEvent = z.infer<typeof CookiesEvent>;

/** How many bytes of each direction of a hop the proxy keeps for the raw view. */
export const WIRE_CAPTURE_BYTES = 64 * 1024;

/**
 * The bytes of one hop as they crossed its connection, for the raw view: `sent` is exactly what
 * the client wrote (start line, headers, body; chunk-size lines when chunked), `received` exactly
 * what the server answered, after TLS decryption and before any Content-Encoding is undone. Only
 * the first bytes are kept (`WIRE_CAPTURE_BYTES`); `totalBytes` counts them all.
 */
export const WireEvent = z.object({
  type: z.literal('wire'),
  hop: z.number().int(),
  direction: z.enum(['sent', 'received']),
  /** The kept bytes, base64 (at most 64 KiB, so base64's extra third stays small). */
  bytes: z.string(),
  /** Every byte that crossed in this direction during the hop, kept or not. */
  totalBytes: z.number().int().nonnegative(),
});
export type WireEvent = z.infer<typeof WireEvent>;

export const ErrorEvent = z.object({
  type: z.literal('error'),
  error: ProxyError,
  /** Timings up to the failure. */
  timings: Timings.nullable(),
});
export type ErrorEvent = z.infer<typeof ErrorEvent>;

/**
 * What the proxy streams back while running a request, in this order: `request`, `connection`,
 * then `redirect` for each followed hop (each followed by the next `request` and `connection`),
 * then `response`, body frames, `cookies` (when the request carried a jar), `end`. An `error` may
 * come at any point and is the last event. Each hop closes with its two `wire` events (sent, then
 * received): before its `redirect`, before `cookies`/`end`, or before an `error`.
 */
export const ProxyEvent = z.discriminatedUnion('type', [
  RequestSentEvent,
  ConnectionEvent,
  RedirectEvent,
  ResponseEvent,
  EndEvent,
  CookiesEvent,
  WireEvent,
  ErrorEvent,
]);
export type ProxyEvent = z.infer<typeof ProxyEvent>;

/** The answer to `PUT /api/blobs`: a file the next requests may reference. */
export const BlobReceipt = z.object({ blobId: z.string(), size: z.number().int() });
export type BlobReceipt = z.infer<typeof BlobReceipt>;

/** What the proxy answers for bad input from the browser (HTTP 400/413), and for any refusal. */
export const ApiErrorBody = z.object({ error: ProxyError });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
