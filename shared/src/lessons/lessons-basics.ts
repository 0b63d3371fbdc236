import type { Lesson } from './lesson.ts';

/** Methods, status codes, headers, and query and path parameters (seeds 000, 001 and 004). */
export const BASICS_LESSONS: Lesson[] = [
  {
    id: 'methods',
    title: 'Methods: what you ask the server to do',
    goal: 'Send GET, HEAD, POST, PUT, DELETE and OPTIONS, and see which carry a body, which get one back, and what a server says to a method it does not take.',
    steps: [
      {
        id: 'get',
        title: 'GET reads',
        text: 'GET asks for a resource and sends no body. It is safe: sending it changes nothing on the server.',
        request: { method: 'GET', path: '/httpbin/get' },
        expect: { status: 200 },
        notice:
          'The answer echoes your request: the address, the arguments and the headers the server received (Host, User-Agent, Accept-Encoding). The Request tab shows the same request as it went out.',
      },
      {
        id: 'head',
        title: 'HEAD asks for the headers only',
        text: 'HEAD is GET without the body: useful to check a size or a type before downloading.',
        request: { method: 'HEAD', path: '/httpbin/get' },
        expect: { status: 200 },
        notice:
          'Same status and headers as GET, Content-Length included, but the body is empty: the server never sends one for HEAD.',
      },
      {
        id: 'post',
        title: 'POST sends data',
        text: 'POST hands the server a body to process, often to create something. It is neither safe nor idempotent: two POSTs may create two things.',
        request: {
          method: 'POST',
          path: '/httpbin/post',
          body: { kind: 'json', text: '{\n  "name": "Ada"\n}' },
        },
        expect: { status: 200 },
        notice:
          'Your body comes back under "json" (parsed) and "data" (as text), and the Content-Type: application/json you sent is in "headers".',
      },
      {
        id: 'put',
        title: 'PUT replaces',
        text: 'PUT sends the whole new version of a resource. Sending the same PUT twice leaves the same result: it is idempotent.',
        request: {
          method: 'PUT',
          path: '/httpbin/put',
          body: { kind: 'json', text: '{\n  "name": "Ada",\n  "language": "Python"\n}' },
        },
        expect: { status: 200 },
        notice: 'Like POST, PUT carries a body; what differs is the promise: a retry cannot do harm.',
      },
      {
        id: 'delete',
        title: 'DELETE removes',
        text: 'DELETE asks the server to remove the resource at the address. It is idempotent too: deleting twice leaves it deleted.',
        request: { method: 'DELETE', path: '/httpbin/delete' },
        expect: { status: 200 },
        notice: 'No body went out; httpbin answers with what it received so you can check.',
      },
      {
        id: 'options',
        title: 'OPTIONS asks what is allowed',
        text: 'OPTIONS asks which methods an address accepts.',
        request: { method: 'OPTIONS', path: '/practice/todos' },
        expect: { status: 204 },
        notice: '204 No Content, and the Allow header lists the methods: GET, HEAD, POST, OPTIONS.',
      },
      {
        id: 'not-allowed',
        title: 'A method the address does not take',
        text: 'The address /httpbin/get exists, but only for GET.',
        request: { method: 'POST', path: '/httpbin/get' },
        expect: { status: 405 },
        notice:
          '405 Method Not Allowed: the address is right, the method is not. The Allow header says which methods would work.',
      },
    ],
    takeaway:
      'The method is the verb, the address the noun. Safe methods (GET, HEAD, OPTIONS) change nothing; idempotent ones (those and PUT, DELETE) can be retried; POST and PATCH may not.',
  },
  {
    id: 'status-codes',
    title: 'Status codes: how it went',
    goal: 'Read the first digit of a status, and tell a response that reports a problem from a request that failed.',
    steps: [
      {
        id: 'created',
        title: '2xx: it worked',
        text: 'Every 2xx means success; 201 Created says something new exists now.',
        request: { method: 'GET', path: '/httpbin/status/201' },
        expect: { status: 201 },
        notice: 'The status line reads 201 Created. Press "What does 201 mean?" beside it for the details.',
      },
      {
        id: 'no-content',
        title: '204: success with nothing to say',
        text: 'Some successes have no body at all.',
        request: { method: 'GET', path: '/httpbin/status/204' },
        expect: { status: 204 },
        notice: '204 No Content: the Body tab is empty on purpose, and that is not an error.',
      },
      {
        id: 'not-found',
        title: '404: an error is still a response',
        text: 'A 4xx says the request has a problem: here, nothing lives at this address.',
        request: { method: 'GET', path: '/httpbin/status/404' },
        expect: { status: 404 },
        notice:
          'The server answered: there is a status line and headers, no alert. Python\u2019s requests does not raise for it either, unless you call raise_for_status().',
      },
      {
        id: 'unauthorized',
        title: '401: log in first',
        text: 'This address wants a user name and password, and none were sent.',
        request: { method: 'GET', path: '/httpbin/basic-auth/ada/lovelace' },
        expect: { status: 401 },
        notice:
          '401 Unauthorized really means "not authenticated": the WWW-Authenticate header says how to log in (Basic, with a realm).',
      },
      {
        id: 'forbidden',
        title: '403: logged in, still not allowed',
        text: 'A 403 means the server knows who you are, or does not care, and refuses anyway.',
        request: { method: 'GET', path: '/httpbin/status/403' },
        expect: { status: 403 },
        notice: 'Unlike 401, logging in again will not help: you need permission.',
      },
      {
        id: 'server-error',
        title: '5xx: the server\u2019s fault',
        text: 'A 5xx says the server failed to handle a request that may be perfectly fine.',
        request: { method: 'GET', path: '/httpbin/status/503' },
        expect: { status: 503 },
        notice:
          '503 Service Unavailable: often temporary (overloaded, restarting). Trying again later may work; changing the request will not.',
      },
    ],
    takeaway:
      '1xx informs, 2xx succeeded, 3xx look elsewhere, 4xx your request has a problem, 5xx the server has one. Any status is a response; only a failure with no response (no connection, bad certificate, timeout) is an error of its own.',
  },
  {
    id: 'headers',
    title: 'Headers: what travels beside the body',
    goal: 'Send headers of your own, read the ones a server sets, and see the ones a client adds without asking.',
    steps: [
      {
        id: 'custom',
        title: 'Your own headers',
        text: 'The course\u2019s recipe: set User-Agent and a made-up Spam header, and let the server show what it got.',
        request: {
          method: 'GET',
          path: '/httpbin/headers',
          headers: [
            ['User-Agent', 'none/ofyourbusiness'],
            ['Spam', 'Eggs'],
          ],
        },
        expect: { status: 200 },
        notice:
          'Both headers arrived, and your User-Agent took the place of the playground\u2019s own. In the Request tab, every header you did not type is tagged with what added it: default, client (Host), body, auth or cookie-jar.',
      },
      {
        id: 'set-by-server',
        title: 'Headers the server sets',
        text: 'This address adds whatever headers you name in the query to its answer.',
        request: { method: 'GET', path: '/httpbin/response-headers?X-Lesson=hello&Cache-Control=no-store' },
        expect: { status: 200 },
        notice:
          'The Headers tab lists X-Lesson: hello and Cache-Control: no-store, in the order the server sent them. Press ? beside a header you do not know.',
      },
      {
        id: 'content-type',
        title: 'Content-Type and Content-Length',
        text: 'Two headers describe every body: what it is and how long it is.',
        request: { method: 'GET', path: '/httpbin/json' },
        expect: { status: 200 },
        notice:
          'Content-Type: application/json tells the client to read the body as JSON; Content-Length is its size in bytes, so the client knows when the body is complete.',
      },
    ],
    takeaway:
      'Header names ignore case; values do not. Clients add some headers on their own, so look at the request as sent, not only at what you typed.',
  },
  {
    id: 'params',
    title: 'Query and path parameters',
    goal: 'Put values in the address two ways: as query parameters after ?, and as path parameters in the path itself.',
    steps: [
      {
        id: 'query',
        title: 'Query parameters',
        text: 'The course\u2019s first request: two name=value pairs after ?, joined by &.',
        request: { method: 'GET', path: '/httpbin/get?name1=value1&name2=value2' },
        expect: { status: 200 },
        notice:
          'The Params tab shows the pairs as a table and keeps it in step with the address. The server got them as "args".',
      },
      {
        id: 'encoded',
        title: 'Spaces, repeats and brackets',
        text: 'A value with a space, a name given twice, and names with brackets such as ram[from] (seed 001).',
        request: { method: 'GET', path: '/httpbin/get?q=hello%20world&tag=a&tag=b&ram[from]=8&ram[to]=16' },
        expect: { status: 200 },
        notice:
          'The space travels as %20 and arrives decoded; tag sent twice arrives as a list; brackets are just characters in a name, which some frameworks read as nested fields.',
      },
      {
        id: 'path',
        title: 'Path parameters',
        text: '`:id` in the address is a path variable: its value goes into the path itself. Change it in the Params tab.',
        request: { method: 'GET', path: '/practice/todos/:id', pathVariables: { id: '2' } },
        expect: { status: 200 },
        notice:
          'The request went to /practice/todos/2. The path says which resource; the query usually filters or tunes it.',
      },
      {
        id: 'filter',
        title: 'A query that filters',
        text: 'The same collection, asked for the finished todos only.',
        request: { method: 'GET', path: '/practice/todos?done=true' },
        expect: { status: 200 },
        notice: 'Only todos with "done": true come back: same resource, narrowed by the query.',
      },
    ],
    takeaway:
      'The address carries data too: path parameters name the resource, query parameters refine the request. Both are visible to anyone along the way, so never put secrets in them.',
  },
];
