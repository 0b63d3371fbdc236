import { z } from 'zod';
import { CookieJarContents } from './cookie.ts';

/** The nine methods of RFC 9110 and RFC 5789, offered first in the method picker. */
export const STANDARD_METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'CONNECT',
  'OPTIONS',
  'TRACE',
  'PATCH',
] as const;

/** RFC 9110 `token`: what a method and a header name may be made of. */
export const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Anything but CR, LF and NUL may sit in a header value (RFC 9110 field-value, leniently). */
const HEADER_VALUE = /^[^\r\n\0]*$/;

/**
 * A method is any HTTP token, so custom methods such as `PURGE` or `PROPFIND` work too.
 * @example Method.parse('PURGE') // 'PURGE'
 */
export const Method = z
  .string()
  .regex(HTTP_TOKEN, "A method is one word of letters, digits or !#$%&'*+-.^_`|~, with no spaces.");
export type Method = z.infer<typeof Method>;

/** One row of a key/value table (query params, headers, form fields, path variables). */
export const KeyValue = z.object({
  name: z.string(),
  value: z.string(),
  enabled: z.boolean().default(true),
});
export type KeyValue = z.infer<typeof KeyValue>;

/**
 * A file the browser uploaded to the proxy's blob store beforehand (`PUT /api/blobs`), so that the
 * request can stream it to the server and send it again on a 307/308 redirect.
 */
export const FileRef = z.object({
  blobId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'This is not a file the proxy has received.'),
  fileName: z.string().max(1024),
  contentType: z.string().regex(HEADER_VALUE).default('application/octet-stream'),
  size: z.number().int().nonnegative(),
});
export type FileRef = z.infer<typeof FileRef>;

export const MultipartPart = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    name: z.string(),
    value: z.string(),
    enabled: z.boolean().default(true),
  }),
  z.object({
    kind: z.literal('file'),
    name: z.string(),
    file: FileRef,
    enabled: z.boolean().default(true),
  }),
]);
export type MultipartPart = z.infer<typeof MultipartPart>;

/** What goes in the request body. `kind` decides the default Content-Type. */
export const RequestBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('text'),
    text: z.string(),
    contentType: z.string().regex(HEADER_VALUE).default('text/plain; charset=utf-8'),
  }),
  z.object({ kind: z.literal('json'), text: z.string() }),
  z.object({ kind: z.literal('form-urlencoded'), fields: z.array(KeyValue) }),
  z.object({ kind: z.literal('multipart'), parts: z.array(MultipartPart) }),
  z.object({ kind: z.literal('binary'), file: FileRef }),
]);
export type RequestBody = z.infer<typeof RequestBody>;
export type BodyKind = RequestBody['kind'];

export const RequestAuth = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({ type: z.literal('basic'), username: z.string(), password: z.string() }),
  z.object({
    type: z.literal('bearer'),
    token: z.string().regex(HEADER_VALUE, 'The token contains a line break, which would start a new header.'),
  }),
]);
export type RequestAuth = z.infer<typeof RequestAuth>;

/** The most redirect hops a request may follow, whatever the user asks for. */
export const MAX_REDIRECTS_LIMIT = 50;

export const Timeouts = z.object({
  /** Until the TCP connection (and TLS handshake) is up. */
  connectMs: z.number().int().min(1).max(600_000).default(10_000),
  /** From the request being sent until the response's status line arrives. */
  firstByteMs: z.number().int().min(1).max(3_600_000).default(30_000),
  /** The whole exchange, redirects and body included; 0 means no limit. */
  totalMs: z.number().int().min(0).max(86_400_000).default(300_000),
});
export type Timeouts = z.infer<typeof Timeouts>;

export const RequestOptions = z.object({
  followRedirects: z.boolean().default(true),
  maxRedirects: z.number().int().min(0).max(MAX_REDIRECTS_LIMIT).default(10),
  timeouts: Timeouts.prefault({}),
});
export type RequestOptions = z.infer<typeof RequestOptions>;

function checkHeaderRows(rows: KeyValue[], list: string, ctx: z.RefinementCtx): void {
  rows.forEach((row, index) => {
    if (!row.enabled) return;
    if (!HTTP_TOKEN.test(row.name)) {
      ctx.addIssue({
        code: 'custom',
        path: [list, index, 'name'],
        message:
          row.name === ''
            ? 'A header needs a name.'
            : `"${row.name}" is not a valid header name: use letters, digits and - only (no spaces or colons).`,
      });
    }
    if (!HEADER_VALUE.test(row.value)) {
      ctx.addIssue({
        code: 'custom',
        path: [list, index, 'value'],
        message: `The value of header "${row.name}" contains a line break, which would start a new header.`,
      });
    }
  });
}

/**
 * Everything needed to send one HTTP request, as the user composed it.
 *
 * `url` may hold a query string of its own; enabled `params` are appended after it and `:name`
 * segments of the path are replaced by `pathVariables` (see `buildRequestUrl`).
 */
export const RequestSpec = z
  .object({
    method: Method,
    url: z.string().min(1, 'Type an address to send the request to.'),
    params: z.array(KeyValue).default([]),
    pathVariables: z.array(KeyValue).default([]),
    headers: z.array(KeyValue).default([]),
    body: RequestBody.default({ kind: 'none' }),
    auth: RequestAuth.default({ type: 'none' }),
    options: RequestOptions.prefault({}),
    /**
     * A cookie jar to run the request with, as `requests.Session` does: matching cookies go out on
     * every hop (redirects included), `Set-Cookie` answers are stored, and the jar as it ends up
     * comes back in a `cookies` event. Without it, no cookies are sent but those in Headers.
     */
    cookieJar: CookieJarContents.optional(),
  })
  .superRefine((spec, ctx) => checkHeaderRows(spec.headers, 'headers', ctx));
export type RequestSpec = z.infer<typeof RequestSpec>;
/** What a caller may leave out: every field with a default. */
export type RequestSpecInput = z.input<typeof RequestSpec>;
