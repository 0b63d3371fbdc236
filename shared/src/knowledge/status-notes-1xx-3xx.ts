import type { StatusNote } from './status-note.ts';

// Written for learners from RFC 9110 §15 (and the RFC named in `spec` for codes defined elsewhere).
export const INFORMATIONAL_AND_SUCCESS_NOTES: Record<number, StatusNote> = {
  100: {
    spec: 'RFC 9110 §15.2.1',
    explanation:
      'The server has read the request head and wants the body. A client that sent "Expect: 100-continue" waits for this before uploading a large body, so it does not send megabytes to a server that would refuse them.',
    causes: ['The request carried "Expect: 100-continue".'],
    next: ['Nothing: the client sends the body and the final answer follows.'],
    headers: ['Expect'],
  },
  101: {
    spec: 'RFC 9110 §15.2.2',
    explanation:
      'The server agrees to stop speaking HTTP/1.1 on this connection and switch to the protocol the client asked for in Upgrade. This is how a WebSocket starts.',
    causes: ['The request asked for "Upgrade: websocket" (or another protocol) with "Connection: Upgrade".'],
    next: ['Talk the new protocol on the same connection: an HTTP client has nothing more to read.'],
    headers: ['Upgrade', 'Connection'],
  },
  102: {
    spec: 'RFC 2518 §10.1',
    explanation:
      'An early WebDAV code that told the client a long request was still being worked on, so it would not time out. Later WebDAV specifications dropped it.',
    causes: ['A WebDAV server handling a long request.'],
    next: ['Keep waiting for the final answer.'],
    headers: [],
  },
  103: {
    spec: 'RFC 8297',
    explanation:
      'An interim answer carrying Link headers for resources (styles, scripts, fonts) the page will need, so a browser can start fetching them while the server prepares the real answer.',
    causes: ['The server or a CDN in front of it sends preload hints.'],
    next: ['Nothing: the final answer follows on the same request.'],
    headers: ['Link'],
  },
  200: {
    spec: 'RFC 9110 §15.3.1',
    explanation:
      'The request succeeded. What the body holds depends on the method: the resource for GET, the result of the action for POST, nothing at all for HEAD.',
    causes: ['The request was understood and carried out.'],
    next: ['Read the body; check Content-Type to know how to read it.'],
    headers: ['Content-Type'],
  },
  201: {
    spec: 'RFC 9110 §15.3.2',
    explanation:
      'The request succeeded and created a new resource. Location, when present, says where the new resource lives; the body often holds it.',
    causes: [
      'A POST to a collection (e.g. /todos) made a new item, or a PUT made a resource that did not exist.',
    ],
    next: ['Follow Location with GET to read what was created.'],
    headers: ['Location'],
  },
  202: {
    spec: 'RFC 9110 §15.3.3',
    explanation:
      'The request was accepted for processing, but the work is not done yet and might still fail. HTTP has no way to report the outcome later: the body may say how to check on it.',
    causes: ['The server queues slow work (a report, a video, an email) and answers at once.'],
    next: ['Look in the body or Location for a way to check the job later.'],
    headers: ['Location'],
  },
  203: {
    spec: 'RFC 9110 §15.3.4',
    explanation:
      'The request succeeded, but a proxy in between changed the content it got from the origin server, so this is not exactly what the origin sent.',
    causes: ['A transforming proxy (e.g. one that compresses images) sits on the path.'],
    next: ['Treat it like 200; ask the origin directly if you need its exact answer.'],
    headers: ['Via'],
  },
  204: {
    spec: 'RFC 9110 §15.3.5',
    explanation: 'The request succeeded and there is deliberately no body: this answer never has one.',
    causes: ['A DELETE, a PUT or a save that has nothing useful to send back.'],
    next: ['Nothing to read; the headers (e.g. ETag) may still tell you something.'],
    headers: ['ETag'],
  },
  205: {
    spec: 'RFC 9110 §15.3.6',
    explanation:
      'The request succeeded and the client should reset the view that sent it, e.g. clear a form so the next entry can be typed. It has no body.',
    causes: ['A data-entry form was submitted.'],
    next: ['Clear the form; nothing to read.'],
    headers: [],
  },
  206: {
    spec: 'RFC 9110 §15.3.7',
    explanation:
      'The answer holds only the part (or parts) of the resource the request asked for with Range. Content-Range says which bytes these are out of how many.',
    causes: ['The request had a Range header, e.g. to resume a download or seek in a video.'],
    next: ['Put the part in its place; ask for the next range if you need more.'],
    headers: ['Content-Range', 'Range', 'Accept-Ranges'],
  },
  207: {
    spec: 'RFC 4918 §11.1',
    explanation:
      'A WebDAV answer about several resources at once. The XML body holds a separate status for each one, so some parts may have failed.',
    causes: ['A WebDAV request such as PROPFIND, COPY or MOVE touched several resources.'],
    next: ['Read each status inside the body: the 207 itself says nothing about success.'],
    headers: [],
  },
  208: {
    spec: 'RFC 5842 §7.1',
    explanation:
      'Used inside a WebDAV 207 body: this member was already listed earlier in the same answer (it is reachable by more than one path), so it is not repeated.',
    causes: ['A WebDAV collection with bindings that point at the same resource.'],
    next: ['Look for the earlier entry in the same answer.'],
    headers: [],
  },
  226: {
    spec: 'RFC 3229 §10.4.1',
    explanation:
      'The server sent a delta (the changes since a version the client already has) instead of the whole resource, as the client asked with A-IM.',
    causes: ['The request said which delta encodings it accepts (A-IM) and which version it holds.'],
    next: ['Apply the delta to your copy.'],
    headers: [],
  },
};

export const REDIRECTION_NOTES: Record<number, StatusNote> = {
  300: {
    spec: 'RFC 9110 §15.4.1',
    explanation:
      'The resource exists in several forms (languages, formats) and the server lets the client choose. There is no standard way to list the choices; Location may name the preferred one.',
    causes: ['Content negotiation left to the client.'],
    next: ['Pick one of the choices the body lists, or follow Location.'],
    headers: ['Location'],
  },
  301: {
    spec: 'RFC 9110 §15.4.2',
    explanation:
      'The resource moved for good to the address in Location; links and bookmarks should be updated. For historical reasons clients may turn a POST into a GET when they follow it: use 308 to keep the method.',
    causes: ['A site moved a page, or redirects http:// to https:// or example.com to www.example.com.'],
    next: ['Use the Location address from now on. The playground follows it unless Settings says not to.'],
    headers: ['Location'],
  },
  302: {
    spec: 'RFC 9110 §15.4.3',
    explanation:
      'The resource is at the address in Location for now; keep using the original address next time. Like 301, clients may turn a POST into a GET when following it: 307 keeps the method.',
    causes: ['A login redirect, a temporary move, a "latest version" link.'],
    next: ['Follow Location for this request only.'],
    headers: ['Location'],
  },
  303: {
    spec: 'RFC 9110 §15.4.4',
    explanation:
      'Go and GET the address in Location: the answer to your request is there. Typical after a form POST, so that reloading the result page does not submit the form again.',
    causes: ['A POST that created or changed something, answered with a page to view.'],
    next: ['GET the Location address (clients switch to GET whatever the method was).'],
    headers: ['Location'],
  },
  304: {
    spec: 'RFC 9110 §15.4.5',
    explanation:
      'The answer to a conditional request: the resource has not changed since the version you already have, so the server sends no body and you keep using your cached copy.',
    causes: ['The request sent If-None-Match (an ETag) or If-Modified-Since, and the resource matches.'],
    next: ['Use the copy you have. Send without the If-* header to get the body again.'],
    headers: ['ETag', 'If-None-Match', 'If-Modified-Since', 'Last-Modified'],
  },
  305: {
    spec: 'RFC 9110 §15.4.6',
    explanation:
      'Once told the client to repeat the request through the proxy named in Location. It is deprecated, because it let a server push clients through a proxy of its choosing.',
    causes: ['A very old server.'],
    next: ['Nothing: clients do not follow it.'],
    headers: [],
  },
  306: {
    spec: 'RFC 9110 §15.4.7',
    explanation: 'Used by an earlier draft of the specification, then dropped. The code is reserved.',
    causes: ['A server sending a code it should not.'],
    next: ['Treat it as 300, as for any unknown 3xx.'],
    headers: [],
  },
  307: {
    spec: 'RFC 9110 §15.4.8',
    explanation:
      'The resource is at the address in Location for now. Unlike 302, the client must repeat the very same request there: same method, same body.',
    causes: ['A temporary move where a POST must stay a POST, or an HSTS upgrade to https:// in a browser.'],
    next: ['Repeat the request at Location; keep using the original address later.'],
    headers: ['Location'],
  },
  308: {
    spec: 'RFC 9110 §15.4.9',
    explanation:
      'The resource moved for good to the address in Location, and the client must repeat the very same request there: same method, same body (unlike 301).',
    causes: ['An API moved, and POST or PUT requests must keep working.'],
    next: ['Repeat the request at Location and use that address from now on.'],
    headers: ['Location'],
  },
};
