import type { HeaderNote } from './header-note.ts';

// Representation, negotiation, routing and connection headers, written for learners from RFC 9110,
// RFC 9112 and the specification named in `spec`.
export const MESSAGE_HEADERS: readonly HeaderNote[] = [
  {
    name: 'Accept',
    direction: 'request',
    spec: 'RFC 9110 §12.5.1',
    summary: 'The media types the client would like back, e.g. application/json, in order of preference.',
    note: 'Weights such as "text/html;q=0.9" rank the choices; */* means anything. A server with no acceptable form may answer 406.',
  },
  {
    name: 'Accept-Charset',
    direction: 'request',
    spec: 'RFC 9110 §12.5.2',
    summary:
      'The character encodings the client can read; browsers no longer send it, since UTF-8 is everywhere.',
  },
  {
    name: 'Accept-Encoding',
    direction: 'request',
    spec: 'RFC 9110 §12.5.3',
    summary:
      'The compressions the client can undo (gzip, deflate, br, zstd), so the server may compress the body.',
    note: 'The server says which one it used in Content-Encoding. The playground decodes the body and shows both sizes.',
  },
  {
    name: 'Accept-Language',
    direction: 'request',
    spec: 'RFC 9110 §12.5.4',
    summary: 'The human languages the client prefers, e.g. "fr-CH, fr;q=0.9, en;q=0.8".',
  },
  {
    name: 'Accept-Patch',
    direction: 'response',
    spec: 'RFC 5789 §3.1',
    summary: 'The body formats this resource accepts in a PATCH request.',
  },
  {
    name: 'Accept-Post',
    direction: 'response',
    spec: 'W3C Linked Data Platform',
    summary: 'The body formats this resource accepts in a POST request.',
  },
  {
    name: 'Accept-Ranges',
    direction: 'response',
    spec: 'RFC 9110 §14.3',
    summary: 'Whether the server accepts Range requests for this resource: "bytes" yes, "none" no.',
  },
  {
    name: 'Allow',
    direction: 'response',
    spec: 'RFC 9110 §10.2.1',
    summary:
      'The methods this resource supports, e.g. "GET, HEAD, PUT"; sent with 405 Method Not Allowed and in answers to OPTIONS.',
  },
  {
    name: 'Alt-Svc',
    direction: 'response',
    spec: 'RFC 7838',
    summary: 'Other ways to reach the same site, e.g. HTTP/3 (h3=":443"), that the client may switch to.',
  },
  {
    name: 'Connection',
    direction: 'both',
    spec: 'RFC 9110 §7.6.1',
    summary:
      'Options for this one connection: "keep-alive" keeps it open for the next request, "close" ends it after this message.',
    note: 'It also lists headers meant only for the next hop, which proxies remove. HTTP/2 and HTTP/3 forbid it.',
  },
  {
    name: 'Content-Disposition',
    direction: 'both',
    spec: 'RFC 6266',
    summary:
      'Whether to show the body in place ("inline") or save it as a file ("attachment; filename=report.pdf").',
    note: 'Inside a multipart/form-data body, each part carries one naming its form field and file name.',
  },
  {
    name: 'Content-Encoding',
    direction: 'both',
    spec: 'RFC 9110 §8.4',
    summary: 'The compression applied to the body (gzip, br, deflate, zstd), to undo before reading it.',
  },
  {
    name: 'Content-Language',
    direction: 'both',
    spec: 'RFC 9110 §8.5',
    summary: 'The human language the body is written for, e.g. "de".',
  },
  {
    name: 'Content-Length',
    direction: 'both',
    spec: 'RFC 9110 §8.6',
    summary: 'The size of the body in bytes, so the receiver knows where the message ends.',
    note: 'Without it (and without chunked Transfer-Encoding) an HTTP/1.1 response ends only when the connection closes. It counts bytes on the wire: compressed bytes when Content-Encoding is set.',
  },
  {
    name: 'Content-Location',
    direction: 'response',
    spec: 'RFC 9110 §8.7',
    summary: 'An address where this exact representation can be fetched directly.',
  },
  {
    name: 'Content-Range',
    direction: 'response',
    spec: 'RFC 9110 §14.4',
    summary:
      'Which bytes of the whole this partial body holds, e.g. "bytes 0-99/1234" (with 206), or the full size with 416.',
  },
  {
    name: 'Content-Type',
    direction: 'both',
    spec: 'RFC 9110 §8.3',
    summary:
      'The format of the body (its media type), e.g. application/json or text/html; charset=utf-8, so the receiver knows how to read it.',
    note: 'For text, the charset parameter says how the bytes become characters. A server that sends JSON as text/html, or an API that gets JSON without application/json, reads it wrong.',
  },
  {
    name: 'Date',
    direction: 'both',
    spec: 'RFC 9110 §6.6.1',
    summary: 'When the message was made, in GMT, e.g. "Tue, 15 Nov 1994 08:12:31 GMT".',
    note: 'Caches use it with Age and Expires to work out how fresh a response is.',
  },
  {
    name: 'Expect',
    direction: 'request',
    spec: 'RFC 9110 §10.1.1',
    summary: '"100-continue" asks the server to say 100 Continue before the client uploads a large body.',
  },
  {
    name: 'Forwarded',
    direction: 'request',
    spec: 'RFC 7239',
    summary: 'Added by proxies: who the original client was and how it connected (for=, proto=, host=).',
    note: 'Any client can write it too, so a server trusts it only from proxies it knows.',
  },
  {
    name: 'Host',
    direction: 'request',
    spec: 'RFC 9110 §7.2',
    summary: 'The host name (and port, if not the default) the request is for, taken from the address.',
    note: 'One server at one IP address can host many sites; Host says which one is meant. HTTP/1.1 requires it; HTTP/2 uses :authority instead.',
  },
  {
    name: 'Keep-Alive',
    direction: 'both',
    spec: 'RFC 2068 §19.7.1 (historic)',
    summary:
      'Hints for a kept-open connection, e.g. "timeout=5, max=100": how long it may idle and for how many requests.',
  },
  {
    name: 'Link',
    direction: 'both',
    spec: 'RFC 8288',
    summary:
      'Links to related resources in a header, e.g. the next page of results (rel="next") or a file to preload.',
  },
  {
    name: 'Location',
    direction: 'response',
    spec: 'RFC 9110 §10.2.2',
    summary:
      'Where to go next: the target of a redirect (3xx), or the address of what a 201 Created just made.',
    note: 'It may be relative ("/todos/2"); it is resolved against the request\'s address.',
  },
  {
    name: 'Max-Forwards',
    direction: 'request',
    spec: 'RFC 9110 §7.6.2',
    summary: 'How many more proxies a TRACE or OPTIONS request may pass through.',
  },
  {
    name: 'Priority',
    direction: 'request',
    spec: 'RFC 9218',
    summary:
      'How urgent this response is for the client compared to its other requests, e.g. "u=0" for the most urgent.',
  },
  {
    name: 'Referer',
    direction: 'request',
    spec: 'RFC 9110 §10.1.3',
    summary: 'The address of the page that led to this request (the misspelling is the standard one).',
    note: 'Referrer-Policy on that page controls how much of the address is sent.',
  },
  {
    name: 'Retry-After',
    direction: 'response',
    spec: 'RFC 9110 §10.2.3',
    summary:
      'How long to wait before trying again: seconds ("120") or a date; sent with 429, 503 and redirects.',
  },
  {
    name: 'Server',
    direction: 'response',
    spec: 'RFC 9110 §10.2.4',
    summary: 'The software that answered, e.g. "nginx" or "gunicorn/19.9.0".',
    note: 'Some sites leave it out or make it vague, so as not to tell attackers which versions to target.',
  },
  {
    name: 'Server-Timing',
    direction: 'response',
    spec: 'W3C Server Timing',
    summary: 'How long the server spent on parts of its work (e.g. "db;dur=53"), for developers to read.',
  },
  {
    name: 'TE',
    direction: 'request',
    spec: 'RFC 9110 §10.1.4',
    summary:
      'The transfer codings the client accepts; in practice only "trailers", meaning it can read trailer fields.',
  },
  {
    name: 'Trailer',
    direction: 'both',
    spec: 'RFC 9110 §6.6.2',
    summary:
      'Names the fields that will come after a chunked body (trailers), e.g. a checksum computed while sending.',
  },
  {
    name: 'Transfer-Encoding',
    direction: 'both',
    spec: 'RFC 9112 §6.1',
    summary:
      '"chunked" means the body is sent in pieces, each with its size, so it can start before its total length is known.',
    note: 'Used for streamed responses instead of Content-Length. It is part of how HTTP/1.1 frames the message; HTTP/2 does not use it.',
  },
  {
    name: 'Upgrade',
    direction: 'both',
    spec: 'RFC 9110 §7.8',
    summary:
      'The protocol to switch this connection to, e.g. "websocket"; the server agrees with 101 Switching Protocols.',
  },
  {
    name: 'User-Agent',
    direction: 'request',
    spec: 'RFC 9110 §10.1.5',
    summary:
      'The client software, e.g. "curl/8.5.0" or "python-requests/2.32"; servers use it for statistics and workarounds.',
    note: "The seed's recipes set their own (a custom User-agent header); some servers refuse requests without one.",
  },
  {
    name: 'Via',
    direction: 'both',
    spec: 'RFC 9110 §7.6.3',
    summary: 'The proxies and gateways the message passed through, each adding itself, e.g. "1.1 varnish".',
  },
];
