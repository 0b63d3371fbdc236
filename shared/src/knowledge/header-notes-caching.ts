import type { HeaderNote } from './header-note.ts';

// Caching, conditional and range headers, written for learners from RFC 9110 §13-14 and RFC 9111.
export const CACHING_HEADERS: readonly HeaderNote[] = [
  {
    name: 'Age',
    direction: 'response',
    spec: 'RFC 9111 §5.1',
    summary: 'How many seconds this response has spent in a cache since the server made it.',
    note: 'Seeing Age at all tells you a cache (often a CDN) answered, not the server itself.',
  },
  {
    name: 'Cache-Control',
    direction: 'both',
    spec: 'RFC 9111 §5.2',
    summary:
      'Rules for caches: whether this may be stored, for how long, and by whom (e.g. "max-age=3600", "no-store", "private").',
    note: '"no-cache" does not mean "do not store": it means "check with the server (revalidate) before each reuse". "no-store" means do not keep it at all. In a request, it asks caches on the way for a fresh answer.',
  },
  {
    name: 'Clear-Site-Data',
    direction: 'response',
    spec: 'W3C Clear Site Data',
    summary:
      'Tells the browser to erase what it stores for this site: "cookies", "storage", "cache" (e.g. on log out).',
  },
  {
    name: 'ETag',
    direction: 'response',
    spec: 'RFC 9110 §8.8.3',
    summary:
      'A version tag for this exact content, e.g. "33a64df5"; it changes whenever the content changes.',
    note: 'Send it back in If-None-Match to get 304 Not Modified instead of the body when nothing changed, or in If-Match to update only the version you read. W/ in front marks a weak tag (same meaning, maybe not the same bytes).',
  },
  {
    name: 'Expires',
    direction: 'response',
    spec: 'RFC 9111 §5.3',
    summary: 'The date after which the response counts as stale; Cache-Control max-age overrides it.',
    note: 'An invalid date, such as "0", means already expired.',
  },
  {
    name: 'If-Match',
    direction: 'request',
    spec: 'RFC 9110 §13.1.1',
    summary: 'Do this only if the resource still has this ETag; otherwise answer 412 Precondition Failed.',
    note: 'It guards a PUT, PATCH or DELETE against overwriting a change someone else made since you read it.',
  },
  {
    name: 'If-Modified-Since',
    direction: 'request',
    spec: 'RFC 9110 §13.1.3',
    summary: 'Send the body only if the resource changed after this date; otherwise answer 304 Not Modified.',
  },
  {
    name: 'If-None-Match',
    direction: 'request',
    spec: 'RFC 9110 §13.1.2',
    summary: "Send the body only if the resource's ETag is none of these; otherwise answer 304 Not Modified.",
    note: 'This is how a cache revalidates its copy cheaply. "If-None-Match: *" on a PUT means "only if it does not exist yet".',
  },
  {
    name: 'If-Range',
    direction: 'request',
    spec: 'RFC 9110 §13.1.5',
    summary:
      'Send just the Range asked for if the resource is still this version (ETag or date); otherwise send it whole.',
  },
  {
    name: 'If-Unmodified-Since',
    direction: 'request',
    spec: 'RFC 9110 §13.1.4',
    summary:
      'Do this only if the resource has not changed since this date; otherwise answer 412 Precondition Failed.',
  },
  {
    name: 'Last-Modified',
    direction: 'response',
    spec: 'RFC 9110 §8.8.2',
    summary: 'When the server believes the resource last changed.',
    note: 'Send it back in If-Modified-Since to get 304 Not Modified when nothing changed since.',
  },
  {
    name: 'Pragma',
    direction: 'both',
    spec: 'RFC 9111 §5.4 (deprecated)',
    summary:
      '"no-cache" is the HTTP/1.0 way of saying Cache-Control: no-cache; kept only for very old caches.',
  },
  {
    name: 'Range',
    direction: 'request',
    spec: 'RFC 9110 §14.2',
    summary: 'Asks for part of the resource only, e.g. "bytes=0-499" for the first 500 bytes.',
    note: 'A server that supports it answers 206 Partial Content with Content-Range; one that does not sends the whole body with 200.',
  },
  {
    name: 'Vary',
    direction: 'response',
    spec: 'RFC 9110 §12.5.5',
    summary:
      'The request headers that changed this answer (e.g. "Accept-Encoding"), so a cache keeps a separate copy for each value.',
    note: '"Vary: *" means the answer depends on more than headers, so caches cannot reuse it.',
  },
  {
    name: 'Warning',
    direction: 'response',
    spec: 'RFC 9111 §5.5 (obsolete)',
    summary: 'Once carried cache warnings such as "110 Response is Stale"; the current standard drops it.',
  },
];
