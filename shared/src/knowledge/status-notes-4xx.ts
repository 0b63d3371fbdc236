import type { StatusNote } from './status-note.ts';

// Written for learners from RFC 9110 §15.5 (and the RFC named in `spec` for codes defined elsewhere).
export const CLIENT_ERROR_NOTES: Record<number, StatusNote> = {
  400: {
    spec: 'RFC 9110 §15.5.1',
    explanation:
      "The server will not process the request because it sees something wrong with it (it's your side's fault). The body usually says what.",
    causes: [
      'A body that does not parse (broken JSON) or misses a required field.',
      'A query parameter with a wrong value.',
      'A malformed header or a body that does not match its Content-Type.',
    ],
    next: ['Read the body for the reason, fix the request and send it again.'],
    headers: ['Content-Type'],
  },
  401: {
    spec: 'RFC 9110 §15.5.2',
    explanation:
      'You need to log in: the request had no valid credentials. WWW-Authenticate says which kind the server wants (Basic, Bearer, ...). Despite the name, this is about authentication (who you are).',
    causes: ['No Authorization header was sent.', 'A wrong user name or password, or an expired token.'],
    next: [
      'Send credentials: see the Auth tab (Basic or Bearer), matching what WWW-Authenticate asks for.',
      'If you sent some, check them, or get a fresh token.',
    ],
    headers: ['WWW-Authenticate', 'Authorization'],
  },
  402: {
    spec: 'RFC 9110 §15.5.3',
    explanation:
      'Reserved for future use by HTTP. Some APIs send it when an account has run out of credit or a payment failed.',
    causes: ['An API with billing, or a server trying the code out.'],
    next: ['Read the body; check the account or plan the API belongs to.'],
    headers: [],
  },
  403: {
    spec: 'RFC 9110 §15.5.4',
    explanation:
      "You are logged in, and still not allowed: the server understood the request and who sent it, and refuses. Logging in again with the same account won't help.",
    causes: [
      'The account lacks the permission or role this needs.',
      'The server refuses by address, country or rule (e.g. no directory listings).',
      'A missing or wrong CSRF token on a form.',
    ],
    next: ['Use an account that has the permission, or ask the owner for access.'],
    headers: [],
  },
  404: {
    spec: 'RFC 9110 §15.5.5',
    explanation:
      'The server has nothing at this address, usually because of a wrong address. A server may also answer 404 to hide that something exists.',
    causes: [
      'A typo in the path, a wrong id, a missing or extra slash.',
      'The resource was deleted, or the route is not defined on this server.',
    ],
    next: [
      'Check the address: path, id, and the host it goes to.',
      'Ask the API for its list (e.g. GET the collection) to find valid ids.',
    ],
    headers: [],
  },
  405: {
    spec: 'RFC 9110 §15.5.6',
    explanation:
      'The resource exists, but it does not support this method. The Allow header lists the methods it does support.',
    causes: ['e.g. a POST to an address that is read-only, or a DELETE on a collection.'],
    next: ['Pick one of the methods Allow lists, or check the address.'],
    headers: ['Allow'],
  },
  406: {
    spec: 'RFC 9110 §15.5.7',
    explanation:
      'The server has no form of the resource that matches what the request said it accepts (Accept, Accept-Language, ...).',
    causes: ['An Accept header that is too strict, e.g. "Accept: application/xml" on a JSON-only API.'],
    next: ['Loosen or remove the Accept* header (Headers tab), or add */*.'],
    headers: ['Accept', 'Accept-Language', 'Accept-Encoding'],
  },
  407: {
    spec: 'RFC 9110 §15.5.8',
    explanation:
      'Like 401, but the one asking for credentials is a proxy between you and the server. Proxy-Authenticate says what it wants.',
    causes: ['A company or school network proxy that needs a login.'],
    next: ['Send Proxy-Authorization with credentials for the proxy.'],
    headers: ['Proxy-Authenticate', 'Proxy-Authorization'],
  },
  408: {
    spec: 'RFC 9110 §15.5.9',
    explanation:
      'The server waited for the rest of the request and gave up: it did not arrive in time. The server usually closes the connection.',
    causes: ['A slow or stalled upload, or a client that opened a connection and sent nothing.'],
    next: ['Send it again; if the body is large, check the connection speed.'],
    headers: ['Connection'],
  },
  409: {
    spec: 'RFC 9110 §15.5.10',
    explanation:
      'The request conflicts with the current state of the resource, so it cannot be done as it is. The body should say what the conflict is.',
    causes: [
      'Creating something that already exists (a taken user name).',
      'Editing a version that someone else changed first.',
    ],
    next: ['Read the current state (GET), resolve the conflict, and send again.'],
    headers: [],
  },
  410: {
    spec: 'RFC 9110 §15.5.11',
    explanation:
      'The resource was here and has been removed on purpose, for good. Unlike 404, the server knows it will not come back.',
    causes: ['A deleted account, an expired offer, a retired API version.'],
    next: ['Remove links and bookmarks to it; look for a replacement.'],
    headers: [],
  },
  411: {
    spec: 'RFC 9110 §15.5.12',
    explanation: 'The server refuses a body whose length is not declared up front in Content-Length.',
    causes: ['A body sent with chunked Transfer-Encoding to a server that wants the length first.'],
    next: ['Send the body with a Content-Length (a body of known size gets one automatically).'],
    headers: ['Content-Length', 'Transfer-Encoding'],
  },
  412: {
    spec: 'RFC 9110 §15.5.13',
    explanation:
      'The request said "only if ..." (If-Match, If-Unmodified-Since) and the condition is false. This protects against overwriting someone else\'s change (a "lost update").',
    causes: ['The resource changed since you read it: its ETag no longer matches your If-Match.'],
    next: ['GET the resource again for its current ETag, reapply your change, and send with the new ETag.'],
    headers: ['If-Match', 'If-Unmodified-Since', 'ETag'],
  },
  413: {
    spec: 'RFC 9110 §15.5.14',
    explanation: 'The request body is larger than the server is willing to process.',
    causes: ["A file upload over the server's limit."],
    next: ['Send a smaller body, or split it; Retry-After, if present, says the limit is temporary.'],
    headers: ['Content-Length', 'Retry-After'],
  },
  414: {
    spec: 'RFC 9110 §15.5.15',
    explanation: 'The address (the request target) is longer than the server will read.',
    causes: [
      'Too much data in the query string; data that belongs in a POST body.',
      'A redirect loop that keeps growing the address.',
    ],
    next: ['Move the data into a request body (POST), or shorten the query.'],
    headers: [],
  },
  415: {
    spec: 'RFC 9110 §15.5.16',
    explanation: 'The server does not accept the body in this format (its Content-Type or Content-Encoding).',
    causes: ['JSON sent without "Content-Type: application/json", or form data to an API that wants JSON.'],
    next: ['Send the format the API expects; the Body tab sets Content-Type to match.'],
    headers: ['Content-Type', 'Content-Encoding', 'Accept-Post', 'Accept-Patch'],
  },
  416: {
    spec: 'RFC 9110 §15.5.17',
    explanation:
      'None of the ranges in the Range header overlap the resource, e.g. asking for bytes past its end. Content-Range says how big it really is.',
    causes: ['Resuming a download of a file that has since shrunk or changed.'],
    next: ['Check the size in Content-Range and ask for a range inside it, or drop Range.'],
    headers: ['Range', 'Content-Range'],
  },
  417: {
    spec: 'RFC 9110 §15.5.18',
    explanation: 'The server cannot meet the expectation in the Expect header.',
    causes: ['"Expect: 100-continue" sent to a server (or proxy) that does not support it.'],
    next: ['Send the request again without Expect.'],
    headers: ['Expect'],
  },
  418: {
    spec: 'RFC 9110 §15.5.19 (from RFC 2324)',
    explanation:
      'An April Fools RFC (2324, the Hyper Text Coffee Pot Control Protocol) defined "I\'m a teapot" for a teapot asked to brew coffee. Servers used the joke often enough that RFC 9110 reserves 418 so it is never given another meaning.',
    causes: ['A server (or test endpoint) having fun, or refusing bots with a joke.'],
    next: ['Nothing is broken: treat it as a 400 the server chose to make playful.'],
    headers: [],
  },
  421: {
    spec: 'RFC 9110 §15.5.20',
    explanation:
      'The request reached a server that is not set up to answer for this address, usually because a connection was reused for a different host name.',
    causes: [
      'An HTTP/2 connection reused for another host sharing the same certificate, or a TLS name mismatch.',
    ],
    next: ['Send again on a new connection.'],
    headers: ['Host'],
  },
  422: {
    spec: 'RFC 9110 §15.5.21',
    explanation:
      'The body is in the right format and parses, but what it says is not valid, e.g. a field has the wrong type or an email address is malformed.',
    causes: ['Validation failed: a missing field, a wrong value, a rule broken.'],
    next: ['Read the body for which fields are wrong, fix them, and send again.'],
    headers: [],
  },
  423: {
    spec: 'RFC 4918 §11.3',
    explanation: 'The WebDAV resource is locked by someone, and the request did not include the lock token.',
    causes: ['Another user or program holds a LOCK on the file.'],
    next: ['Wait for the lock to be released, or send the lock token in an If header.'],
    headers: [],
  },
  424: {
    spec: 'RFC 4918 §11.4',
    explanation: 'The request could not be done because another action it depended on failed (WebDAV).',
    causes: ['One step of a multi-resource WebDAV request failed, so the rest were not done.'],
    next: ['Find and fix the step that failed first.'],
    headers: [],
  },
  425: {
    spec: 'RFC 8470 §5.2',
    explanation:
      'The request arrived in TLS 1.3 "early data", which an attacker could replay, and the server will not risk processing it before the handshake completes.',
    causes: ['A client using 0-RTT early data for a request that is not safe to repeat.'],
    next: ['Send it again after the handshake (clients do this on their own).'],
    headers: [],
  },
  426: {
    spec: 'RFC 9110 §15.5.22',
    explanation:
      'The server refuses to answer with this protocol, and says in Upgrade which one to switch to.',
    causes: ['e.g. a server that needs TLS or HTTP/2, or a WebSocket address fetched as plain HTTP.'],
    next: ['Use the protocol named in Upgrade.'],
    headers: ['Upgrade'],
  },
  428: {
    spec: 'RFC 6585 §3',
    explanation:
      'The server wants a conditional request (If-Match) for this change, so that two people editing at once cannot overwrite each other without noticing.',
    causes: ['A PUT, PATCH or DELETE sent without If-Match.'],
    next: ['GET the resource, then send the change with "If-Match: <its ETag>".'],
    headers: ['If-Match', 'ETag'],
  },
  429: {
    spec: 'RFC 6585 §4',
    explanation: 'Too many requests in too little time: the server is limiting the rate (rate limiting).',
    causes: ['A loop or a stress test sending fast, or a shared key used by many.'],
    next: ['Wait as long as Retry-After says, then slow down (e.g. back off more after each 429).'],
    headers: ['Retry-After'],
  },
  431: {
    spec: 'RFC 6585 §5',
    explanation: 'The request headers are too large, all together or one of them.',
    causes: ['Too many or too big cookies for this site, or a very long header.'],
    next: ['Clear cookies for the site (Cookies panel) or shorten the headers.'],
    headers: ['Cookie'],
  },
  451: {
    spec: 'RFC 7725',
    explanation:
      'The server refuses this resource because of a legal demand, such as a court order or censorship. A Link header may name who demanded it.',
    causes: ['Content blocked in your country or by a legal order.'],
    next: ['Nothing to fix in the request.'],
    headers: ['Link'],
  },
};
