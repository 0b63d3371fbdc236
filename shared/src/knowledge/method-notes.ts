import type { MethodExplanation } from './methods.ts';

type MethodNote = Omit<MethodExplanation, 'method' | 'standard' | 'course'>;

// Written for learners from RFC 9110 §9 and RFC 5789 (PATCH).
export const METHOD_NOTES: Record<string, MethodNote> = {
  GET: {
    spec: 'RFC 9110 §9.3.1',
    meaning:
      'Fetch the resource at this address. It only reads: nothing on the server should change because of it.',
    safe: true,
    idempotent: true,
    cacheable: 'yes',
    requestBody: {
      rule: 'no',
      note: 'A body on GET has no defined meaning; many servers and proxies drop or refuse it. Put what you ask for in the query.',
    },
    responseBody: { rule: 'yes', note: 'The resource (a representation of it).' },
    rest: { action: 'Read', note: 'GET /todos lists the collection; GET /todos/1 reads one item.' },
  },
  HEAD: {
    spec: 'RFC 9110 §9.3.2',
    meaning:
      'Like GET, but the server sends only the headers, never the body. Handy to check that something exists, its size or its date without downloading it.',
    safe: true,
    idempotent: true,
    cacheable: 'yes',
    requestBody: { rule: 'no', note: 'No defined meaning, as for GET.' },
    responseBody: {
      rule: 'no',
      note: 'Never: the headers describe the body a GET would get (Content-Length included).',
    },
    rest: {
      action: 'Read the headers only',
      note: 'HEAD /todos/1 says whether item 1 exists, without its content.',
    },
  },
  POST: {
    spec: 'RFC 9110 §9.3.3',
    meaning:
      'Send data for the resource to process as it defines: submit a form, add an item to a collection, start an action. Each POST may do something again.',
    safe: false,
    idempotent: false,
    cacheable: 'sometimes',
    requestBody: { rule: 'yes', note: 'The data to process: a form, JSON, files.' },
    responseBody: {
      rule: 'yes',
      note: 'The result of the action, or the created item (often 201 Created with Location).',
    },
    rest: {
      action: 'Create',
      note: 'POST /todos with the new item in the body creates it; the server picks its address.',
    },
  },
  PUT: {
    spec: 'RFC 9110 §9.3.4',
    meaning:
      'Store the body as the new state of the resource at this address: replace it whole, or create it if it does not exist.',
    safe: false,
    idempotent: true,
    cacheable: 'no',
    requestBody: { rule: 'yes', note: 'The complete new version of the resource.' },
    responseBody: {
      rule: 'optional',
      note: 'Often none (204), or the stored resource (200); 201 when it was created.',
    },
    rest: {
      action: 'Update (replace)',
      note: 'PUT /todos/1 with the whole item replaces it; missing fields are gone.',
    },
  },
  DELETE: {
    spec: 'RFC 9110 §9.3.5',
    meaning:
      'Remove the resource at this address (or its link to the address: what really happens to the data is up to the server).',
    safe: false,
    idempotent: true,
    cacheable: 'no',
    requestBody: {
      rule: 'no',
      note: 'No defined meaning: the course table says "May", but many servers ignore or refuse it.',
    },
    responseBody: {
      rule: 'optional',
      note: 'May describe the outcome (200), or be empty (204); 202 if it happens later.',
    },
    rest: {
      action: 'Delete',
      note: 'DELETE /todos/1 removes item 1; a second DELETE finds nothing (404) but the outcome is the same.',
    },
  },
  CONNECT: {
    spec: 'RFC 9110 §9.3.6',
    meaning:
      'Ask a proxy to open a tunnel to the host and port given in place of a path (e.g. example.com:443). Browsers use it to reach https:// sites through a proxy.',
    safe: false,
    idempotent: false,
    cacheable: 'no',
    requestBody: { rule: 'no', note: 'No defined meaning.' },
    responseBody: {
      rule: 'no',
      note: 'A 2xx answer has no body: from then on the connection carries the tunnel.',
    },
    rest: null,
  },
  OPTIONS: {
    spec: 'RFC 9110 §9.3.7',
    meaning:
      'Ask what the server, or this address, supports (Allow lists the methods). Browsers send it as the CORS "preflight" before a cross-origin request that is not simple.',
    safe: true,
    idempotent: true,
    cacheable: 'no',
    requestBody: { rule: 'optional', note: 'Allowed (with a Content-Type) but no standard use.' },
    responseBody: {
      rule: 'optional',
      note: 'Usually none: the headers (Allow, Access-Control-*) are the answer.',
    },
    rest: { action: 'Ask what is allowed', note: 'OPTIONS /todos/1 says which methods the item accepts.' },
  },
  TRACE: {
    spec: 'RFC 9110 §9.3.8',
    meaning:
      'Ask the server to echo back the request as it arrived, to see what proxies on the way changed. Most servers turn it off, because it can leak headers such as cookies.',
    safe: true,
    idempotent: true,
    cacheable: 'no',
    requestBody: { rule: 'no', note: 'Must not have one.' },
    responseBody: { rule: 'yes', note: 'The request as received (Content-Type: message/http).' },
    rest: null,
  },
  PATCH: {
    spec: 'RFC 5789',
    meaning:
      'Change part of the resource: the body describes the changes (a few fields, or a JSON Patch list), not the whole new version.',
    safe: false,
    idempotent: false,
    cacheable: 'no',
    requestBody: { rule: 'yes', note: 'The changes, e.g. {"done": true} as JSON Merge Patch.' },
    responseBody: { rule: 'optional', note: 'Often the updated resource (200), or none (204).' },
    rest: { action: 'Partial update', note: 'PATCH /todos/1 with {"done": true} changes that field only.' },
  },
};

/** Methods of other specifications (IANA method registry) or common conventions, and what they do. */
export const EXTENSION_METHODS: Record<
  string,
  { spec: string | null; meaning: string; safe: boolean | null; idempotent: boolean | null }
> = {
  PROPFIND: {
    spec: 'RFC 4918 (WebDAV)',
    meaning: 'WebDAV reads the properties of a file or folder (name, size, dates) with it.',
    safe: true,
    idempotent: true,
  },
  PROPPATCH: {
    spec: 'RFC 4918 (WebDAV)',
    meaning: 'WebDAV sets or removes properties of a file or folder with it.',
    safe: false,
    idempotent: true,
  },
  MKCOL: {
    spec: 'RFC 4918 (WebDAV)',
    meaning: 'WebDAV makes a new folder ("collection") with it.',
    safe: false,
    idempotent: true,
  },
  COPY: {
    spec: 'RFC 4918 (WebDAV)',
    meaning: 'WebDAV copies a resource to the address in the Destination header with it.',
    safe: false,
    idempotent: true,
  },
  MOVE: {
    spec: 'RFC 4918 (WebDAV)',
    meaning: 'WebDAV moves a resource to the address in the Destination header with it.',
    safe: false,
    idempotent: true,
  },
  LOCK: {
    spec: 'RFC 4918 (WebDAV)',
    meaning: "WebDAV locks a resource against others' changes with it.",
    safe: false,
    idempotent: false,
  },
  UNLOCK: {
    spec: 'RFC 4918 (WebDAV)',
    meaning: 'WebDAV releases a lock with it.',
    safe: false,
    idempotent: true,
  },
  SEARCH: {
    spec: 'RFC 5323 (WebDAV)',
    meaning: 'WebDAV searches with it, the query in the body.',
    safe: true,
    idempotent: true,
  },
  REPORT: {
    spec: 'RFC 3253 (WebDAV versioning)',
    meaning: 'WebDAV asks for a report (e.g. a version history) with it.',
    safe: true,
    idempotent: true,
  },
  MKCALENDAR: {
    spec: 'RFC 4791 (CalDAV)',
    meaning: 'CalDAV makes a new calendar with it.',
    safe: false,
    idempotent: true,
  },
  PURGE: {
    spec: null,
    meaning:
      'caches such as Varnish and some CDNs use it, by convention, to drop this address from the cache.',
    safe: false,
    idempotent: true,
  },
};
