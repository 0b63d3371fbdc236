import type { StatusNote } from './status-note.ts';

// Written for learners from RFC 9110 §15.6 (and the RFC named in `spec` for codes defined elsewhere).
export const SERVER_ERROR_NOTES: Record<number, StatusNote> = {
  500: {
    spec: 'RFC 9110 §15.6.1',
    explanation:
      'Something went wrong on the server while it handled the request: usually a bug (an exception in its code). The request itself may be fine.',
    causes: [
      'An unhandled exception in the server code.',
      'A database or configuration problem on the server.',
    ],
    next: [
      'Try again later; if it repeats, tell whoever runs the server (what you sent, and when).',
      'If it is your own server, read its log: the traceback is there.',
    ],
    headers: [],
  },
  501: {
    spec: 'RFC 9110 §15.6.2',
    explanation:
      'The server does not support what the request needs at all, typically a method it does not know (not just one this address refuses, which is 405).',
    causes: [
      'A custom or rare method (e.g. PROPFIND, PURGE) sent to a server that knows only the common ones.',
    ],
    next: ['Use a standard method the server supports.'],
    headers: [],
  },
  502: {
    spec: 'RFC 9110 §15.6.3',
    explanation:
      'A gateway or proxy in between (a load balancer, a CDN, nginx) got no valid answer from the server behind it.',
    causes: ['The application behind the proxy is down, crashed, or answered with garbage.'],
    next: ['Try again shortly; if it lasts, the application behind the proxy needs attention.'],
    headers: ['Via', 'Server'],
  },
  503: {
    spec: 'RFC 9110 §15.6.4',
    explanation:
      'The server cannot handle the request right now, because it is overloaded or down for maintenance. This is expected to pass.',
    causes: ['Too much traffic, maintenance, or a dependency that is down.'],
    next: ['Wait as long as Retry-After says (or a little while) and try again.'],
    headers: ['Retry-After'],
  },
  504: {
    spec: 'RFC 9110 §15.6.5',
    explanation:
      'A gateway or proxy in between gave up waiting for the server behind it. The work may still finish there.',
    causes: ['A slow request (a big report, a slow query) behind a proxy with a short timeout.'],
    next: ['Try again later; for a request that changes something, check first whether it went through.'],
    headers: ['Via'],
  },
  505: {
    spec: 'RFC 9110 §15.6.6',
    explanation: 'The server does not support the major version of HTTP the request used.',
    causes: ['A very old or very limited server.'],
    next: ['Use HTTP/1.1, which every server speaks.'],
    headers: [],
  },
  506: {
    spec: 'RFC 2295 §8.1',
    explanation:
      'The server is misconfigured: the variant it chose during content negotiation is itself set up to negotiate, which would loop.',
    causes: ['A configuration error on the server.'],
    next: ['Tell whoever runs the server.'],
    headers: [],
  },
  507: {
    spec: 'RFC 4918 §11.5',
    explanation: 'The server cannot store what the request needs: it has run out of space (WebDAV).',
    causes: ['A full disk or an exhausted quota on the server.'],
    next: ['Free space on the account, or tell whoever runs the server.'],
    headers: [],
  },
  508: {
    spec: 'RFC 5842 §7.2',
    explanation:
      'The server stopped a WebDAV request that would have gone on forever, because the collection contains a loop.',
    causes: ['A WebDAV collection that contains itself through a binding, asked for with "Depth: infinity".'],
    next: ['Ask for a smaller depth.'],
    headers: [],
  },
  510: {
    spec: 'RFC 2774 §7 (obsolete)',
    explanation:
      'From the HTTP Extension Framework, an experiment that never caught on and is now historic: the server needed an extension declaration the request lacked.',
    causes: ['A server using the old extension framework.'],
    next: ['Read the body for what it wants; treat it as a 500 otherwise.'],
    headers: [],
  },
  511: {
    spec: 'RFC 6585 §6',
    explanation:
      'You must log in to the network before using it. Sent by "captive portals" (hotel or café Wi-Fi login pages), not by the site you asked for.',
    causes: ['A network that wants you to accept its terms or log in.'],
    next: ['Open any page in a browser to get the login page, log in, then try again.'],
    headers: [],
  },
};
