/**
 * What the status line itself says: the class of a code, its registered reason phrase and one line
 * on what it means. Small on purpose, because the web app shows it on first load; the longer
 * explanations (causes, what to do next) are in status-codes.ts, loaded when asked for.
 */

/** The family of a status code, after its first digit (RFC 9110 §15); `unknown` outside 100-599. */
export type StatusClass = 'info' | 'ok' | 'redirect' | 'client-error' | 'server-error' | 'unknown';

/**
 * @example statusClass(404) // 'client-error'
 */
export function statusClass(status: number): StatusClass {
  if (status >= 100 && status < 200) return 'info';
  if (status >= 200 && status < 300) return 'ok';
  if (status >= 300 && status < 400) return 'redirect';
  if (status >= 400 && status < 500) return 'client-error';
  if (status >= 500 && status < 600) return 'server-error';
  return 'unknown';
}

/** A class of status codes as RFC 9110 §15 names it, with what any code of the class means. */
export interface StatusClassInfo {
  id: StatusClass;
  /** e.g. "Client error". */
  name: string;
  /** e.g. "4xx". */
  range: string;
  meaning: string;
}

/** The five classes of RFC 9110 §15, and `unknown` for codes outside them. */
export const STATUS_CLASSES: Record<StatusClass, StatusClassInfo> = {
  info: {
    id: 'info',
    name: 'Informational',
    range: '1xx',
    meaning: 'An interim answer: the request was received and is going on; the real answer follows.',
  },
  ok: {
    id: 'ok',
    name: 'Success',
    range: '2xx',
    meaning: 'The request was received, understood and accepted.',
  },
  redirect: {
    id: 'redirect',
    name: 'Redirection',
    range: '3xx',
    meaning: 'The answer is somewhere else: the client has to do something more, usually follow Location.',
  },
  'client-error': {
    id: 'client-error',
    name: 'Client error',
    range: '4xx',
    meaning: 'The server says something is wrong with the request: change it before trying again.',
  },
  'server-error': {
    id: 'server-error',
    name: 'Server error',
    range: '5xx',
    meaning: 'The request may well be fine, but the server failed to carry it out.',
  },
  unknown: {
    id: 'unknown',
    name: 'Outside the standard classes',
    range: '',
    meaning: 'Status codes run from 100 to 599; this one is outside every class HTTP defines.',
  },
};

// Every code in the IANA HTTP Status Code Registry (418 is reserved there; 306 is unused), with the
// registry's reason phrase and one line a learner can read at a glance.
const REGISTERED: Record<number, readonly [reason: string, meaning: string]> = {
  100: ['Continue', 'Go on and send the request body.'],
  101: ['Switching Protocols', 'The server agreed to switch protocols, e.g. to a WebSocket.'],
  102: ['Processing', 'Still working on it (old WebDAV code, rarely sent today).'],
  103: ['Early Hints', 'Hints about resources to preload while the real answer is prepared.'],
  200: ['OK', 'The request worked.'],
  201: ['Created', 'The request worked and made something new (see Location).'],
  202: ['Accepted', 'The request was accepted and will be processed later.'],
  203: ['Non-Authoritative Information', 'It worked, but a proxy changed the answer on the way.'],
  204: ['No Content', 'The request worked; there is nothing to send back.'],
  205: ['Reset Content', 'It worked; clear the form that sent it.'],
  206: ['Partial Content', 'Here is the part of the resource you asked for with Range.'],
  207: ['Multi-Status', 'Several results in one WebDAV answer, each with its own code.'],
  208: ['Already Reported', 'This WebDAV member was listed earlier in the same answer.'],
  226: ['IM Used', 'The answer is a delta applied to the resource (RFC 3229).'],
  300: ['Multiple Choices', 'The resource exists in several forms: pick one.'],
  301: ['Moved Permanently', 'The resource lives at another address for good (see Location).'],
  302: ['Found', 'The resource is at another address for now (see Location).'],
  303: ['See Other', 'Look at another address (see Location) with GET.'],
  304: ['Not Modified', 'Your cached copy is still good.'],
  305: ['Use Proxy', 'A deprecated code: clients ignore it for security reasons.'],
  306: ['(Unused)', 'Reserved: a code from an old draft, no longer used.'],
  307: ['Temporary Redirect', 'Repeat the same request at another address for now.'],
  308: ['Permanent Redirect', 'Repeat the same request at another address from now on.'],
  400: ['Bad Request', 'The server could not understand the request.'],
  401: ['Unauthorized', 'You need to log in: credentials are missing or wrong.'],
  402: ['Payment Required', 'Reserved for future use; some APIs send it for billing problems.'],
  403: ['Forbidden', 'The server knows who you are, and still will not allow this.'],
  404: ['Not Found', 'The server has nothing at this address.'],
  405: ['Method Not Allowed', 'This address does not accept this method (see Allow).'],
  406: ['Not Acceptable', 'The server has no form of this resource that matches Accept.'],
  407: ['Proxy Authentication Required', 'A proxy in between wants you to log in to it first.'],
  408: ['Request Timeout', 'The server gave up waiting for the request.'],
  409: ['Conflict', 'The request conflicts with the current state of the resource.'],
  410: ['Gone', 'The resource was here once and has been removed for good.'],
  411: ['Length Required', 'The server wants a Content-Length header.'],
  412: ['Precondition Failed', 'A condition in the request headers (e.g. If-Match) was not met.'],
  413: ['Content Too Large', 'The request body is bigger than the server accepts.'],
  414: ['URI Too Long', 'The address is longer than the server accepts.'],
  415: ['Unsupported Media Type', 'The server does not accept this Content-Type.'],
  416: ['Range Not Satisfiable', 'The requested Range lies outside the resource.'],
  417: ['Expectation Failed', 'The server cannot meet the Expect header of the request.'],
  418: ["I'm a teapot", 'An April Fools joke kept alive by the web; the code is reserved.'],
  421: ['Misdirected Request', 'This server is not the one that answers for this address.'],
  422: ['Unprocessable Content', 'The body was understood but its content is not valid.'],
  423: ['Locked', 'The WebDAV resource is locked.'],
  424: ['Failed Dependency', 'This WebDAV step failed because an earlier one did.'],
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
  506: ['Variant Also Negotiates', 'The server is misconfigured: content negotiation loops.'],
  507: ['Insufficient Storage', 'The server has no room to store what the request needs.'],
  508: ['Loop Detected', 'The server found an endless loop while handling a WebDAV request.'],
  510: ['Not Extended', 'An extension the server needs is missing (an obsolete code).'],
  511: ['Network Authentication Required', 'Log in to the network first (a Wi-Fi login page).'],
};

/** Every status code in the IANA registry, in order. */
export const REGISTERED_STATUS_CODES: readonly number[] = Object.keys(REGISTERED).map(Number);

/** True for a code the IANA registry lists (418 included: it is reserved there). */
export function isRegisteredStatus(status: number): boolean {
  return REGISTERED[status] !== undefined;
}

/**
 * The registered reason phrase; empty when the code has none.
 * @example reasonPhrase(404) // 'Not Found'
 */
export function reasonPhrase(status: number): string {
  return REGISTERED[status]?.[0] ?? '';
}

/** One line on what the status means, falling back to what its class means. */
export function statusMeaning(status: number): string {
  return REGISTERED[status]?.[1] ?? STATUS_CLASSES[statusClass(status)].meaning;
}

/**
 * The status line's words: the reason as the server sent it, or the registered one when it sent
 * none (HTTP/2 has no reason phrase at all).
 * @example statusLabel(404, '') // '404 Not Found'
 */
export function statusLabel(status: number, statusText: string): string {
  const reason = statusText.trim() || reasonPhrase(status);
  return reason ? `${status} ${reason}` : String(status);
}
