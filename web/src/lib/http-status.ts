/** The colour family of a status code, after its first digit. */
export type StatusClass = 'info' | 'ok' | 'redirect' | 'client-error' | 'server-error' | 'unknown';

export function statusClass(status: number): StatusClass {
  if (status >= 100 && status < 200) return 'info';
  if (status >= 200 && status < 300) return 'ok';
  if (status >= 300 && status < 400) return 'redirect';
  if (status >= 400 && status < 500) return 'client-error';
  if (status >= 500 && status < 600) return 'server-error';
  return 'unknown';
}

// Reason phrases from RFC 9110 (and the common extensions), each with what it means for a learner.
const STATUSES: Record<number, readonly [reason: string, meaning: string]> = {
  100: ['Continue', 'Go on and send the request body.'],
  101: ['Switching Protocols', 'The server agreed to switch protocols, e.g. to a WebSocket.'],
  103: ['Early Hints', 'Hints about resources to preload while the real answer is prepared.'],
  200: ['OK', 'The request worked.'],
  201: ['Created', 'The request worked and made something new.'],
  202: ['Accepted', 'The request was accepted and will be processed later.'],
  204: ['No Content', 'The request worked; there is nothing to send back.'],
  206: ['Partial Content', 'Here is the part of the resource you asked for with Range.'],
  301: ['Moved Permanently', 'The resource lives at another address for good (see Location).'],
  302: ['Found', 'The resource is at another address for now (see Location).'],
  303: ['See Other', 'Look at another address (see Location) with GET.'],
  304: ['Not Modified', 'Your cached copy is still good.'],
  307: ['Temporary Redirect', 'Repeat the same request at another address for now.'],
  308: ['Permanent Redirect', 'Repeat the same request at another address from now on.'],
  400: ['Bad Request', 'The server could not understand the request.'],
  401: ['Unauthorized', 'Credentials are missing or wrong (see WWW-Authenticate).'],
  403: ['Forbidden', 'The server knows who you are but will not allow this.'],
  404: ['Not Found', 'The server has nothing at this address.'],
  405: ['Method Not Allowed', 'This address does not accept this method (see Allow).'],
  406: ['Not Acceptable', 'The server has no form of this resource that matches Accept.'],
  408: ['Request Timeout', 'The server gave up waiting for the request.'],
  409: ['Conflict', 'The request conflicts with the current state of the resource.'],
  410: ['Gone', 'The resource was here once and has been removed for good.'],
  411: ['Length Required', 'The server wants a Content-Length header.'],
  412: ['Precondition Failed', 'A condition in the request headers (e.g. If-Match) was not met.'],
  413: ['Content Too Large', 'The request body is bigger than the server accepts.'],
  414: ['URI Too Long', 'The address is longer than the server accepts.'],
  415: ['Unsupported Media Type', 'The server does not accept this Content-Type.'],
  416: ['Range Not Satisfiable', 'The requested Range lies outside the resource.'],
  418: ["I'm a teapot", 'An April Fools joke kept alive by the web: the server refuses to brew coffee.'],
  422: ['Unprocessable Content', 'The body was understood but its content is not valid.'],
  425: ['Too Early', 'The server will not risk processing a request that might be replayed.'],
  426: ['Upgrade Required', 'Switch to another protocol (see Upgrade) and try again.'],
  428: ['Precondition Required', 'The server wants a conditional request (e.g. If-Match).'],
  429: ['Too Many Requests', 'Slow down: too many requests in too little time (see Retry-After).'],
  431: ['Request Header Fields Too Large', 'The request headers are too big.'],
  451: ['Unavailable For Legal Reasons', 'The resource is blocked for legal reasons.'],
  500: ['Internal Server Error', 'Something broke on the server while handling the request.'],
  501: ['Not Implemented', 'The server does not support what the request asks for.'],
  502: ['Bad Gateway', 'A server in between got a bad answer from the one behind it.'],
  503: ['Service Unavailable', 'The server is overloaded or down for maintenance; try later.'],
  504: ['Gateway Timeout', 'A server in between gave up waiting for the one behind it.'],
  505: ['HTTP Version Not Supported', 'The server does not speak this version of HTTP.'],
};

const CLASS_MEANING: Record<StatusClass, string> = {
  info: 'An interim answer; the real one follows.',
  ok: 'The request worked.',
  redirect: 'The answer is somewhere else.',
  'client-error': 'The server says something is wrong with the request.',
  'server-error': 'The server failed to answer the request.',
  unknown: 'A status code outside the standard ranges.',
};

/** The standard reason phrase, e.g. `Not Found` for 404; empty when the code has none. */
export function reasonPhrase(status: number): string {
  return STATUSES[status]?.[0] ?? '';
}

/** One line on what the status means, falling back to what its class means. */
export function statusMeaning(status: number): string {
  return STATUSES[status]?.[1] ?? CLASS_MEANING[statusClass(status)];
}

/**
 * The status line's words: the reason as the server sent it, or the standard one when it sent none
 * (HTTP/2 has no reason phrase at all).
 */
export function statusLabel(status: number, statusText: string): string {
  const reason = statusText.trim() || reasonPhrase(status);
  return reason ? `${status} ${reason}` : String(status);
}
