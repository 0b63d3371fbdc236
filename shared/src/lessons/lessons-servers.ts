import type { Lesson } from './lesson.ts';

/** HTTPS and certificates, streaming, and a REST resource end to end (seeds 000, 002 and 003). */
export const SERVER_LESSONS: Lesson[] = [
  {
    id: 'https',
    title: 'HTTPS and certificate errors',
    goal: 'See what a verified HTTPS connection proves, and why a client refuses a certificate that is expired, self-signed, for another name, or from an unknown authority.',
    steps: [
      {
        id: 'good',
        title: 'A verified connection',
        text: 'This practice server presents a valid certificate for its name, from the playground\u2019s practice authority.',
        request: { method: 'GET', path: '/', tls: 'good' },
        expect: { status: 200 },
        notice:
          'The TLS tab shows the protocol (TLS 1.3), the cipher, and the chain: good.practice.localhost, issued by HTTP Playground Practice CA. The playground trusts that authority for these practice names only; a public site\u2019s chain ends at a root your system trusts.',
      },
      {
        id: 'expired',
        title: 'An expired certificate',
        text: 'The same kind of certificate, but its validity ended 35 days ago.',
        request: { method: 'GET', path: '/', tls: 'expired' },
        expect: { failure: 'tls-expired' },
        notice:
          'No response at all: the playground stopped before sending anything, and the alert names the check that failed. The certificate shown has a "valid to" date in the past.',
      },
      {
        id: 'wrong-host',
        title: 'A certificate for another name',
        text: 'A valid certificate, in date, from a trusted authority, but issued for other-site.practice.localhost.',
        request: { method: 'GET', path: '/', tls: 'wrong-host' },
        expect: { failure: 'tls-wrong-host' },
        notice:
          'A certificate proves an identity only for the names written in it; the alert lists them. This is what a man in the middle with someone else\u2019s certificate looks like.',
      },
      {
        id: 'self-signed',
        title: 'A self-signed certificate',
        text: 'A certificate that vouches for itself, as a quick development setup often makes.',
        request: { method: 'GET', path: '/', tls: 'self-signed' },
        expect: { failure: 'tls-self-signed' },
        notice:
          'Subject and issuer are the same name: nobody the playground trusts stands behind it, so anyone could have made it.',
      },
      {
        id: 'untrusted-root',
        title: 'An unknown authority',
        text: 'A complete chain, up to a root authority that nobody here trusts.',
        request: { method: 'GET', path: '/', tls: 'untrusted-root' },
        expect: { failure: 'tls-unknown-issuer' },
        notice:
          'The chain is shown up to Unknown Practice Root CA. A company\u2019s or a teacher\u2019s own authority looks like this until it is trusted, which for the playground means starting it with NODE_EXTRA_CA_CERTS=/path/to/ca.pem.',
      },
    ],
    takeaway:
      'HTTPS encrypts and proves who you are talking to. Default to https://, and never turn verification off (requests.get(url, verify=False): nope): fix the certificate, or trust your own authority explicitly.',
  },
  {
    id: 'streaming',
    title: 'Streaming',
    goal: 'Watch a body arrive piece by piece, and tell a stream from a download of known size.',
    steps: [
      {
        id: 'lines',
        title: 'A stream of JSON lines',
        text: 'Five JSON objects, one per line, each sent as soon as it is ready, like a Flask generator.',
        request: { method: 'GET', path: '/httpbin/stream/5' },
        expect: { status: 200 },
        notice:
          'Transfer-Encoding: chunked and no Content-Length: the server did not know the size when it started. Each line is its own JSON document (the body as a whole is not one).',
      },
      {
        id: 'drip',
        title: 'Bytes dripping in',
        text: 'Thirty bytes spread over two seconds.',
        request: { method: 'GET', path: '/httpbin/drip?duration=2&numbytes=30' },
        expect: { status: 200 },
        notice:
          'The size beside the status grows while it arrives. The Timing tab shows a quick first byte and a long download: the server sent the head at once and the body slowly.',
      },
    ],
    takeaway:
      'A response can start before it is finished: the client reads the status and headers first, then the body as it comes. Chunked encoding is how HTTP/1.1 sends a body of unknown length.',
  },
  {
    id: 'rest',
    title: 'A REST resource, end to end',
    goal: 'Create, read, replace, partly update and delete one todo, and read each status code a well-behaved API answers.',
    steps: [
      {
        id: 'reset',
        title: 'Start from the four todos',
        text: 'Puts the practice list back as it started (for everyone using this playground), so the ids below match.',
        request: { method: 'POST', path: '/practice/todos/reset' },
        expect: { status: 200 },
        notice:
          'The list of todos 1 to 4. POST here is an action, not a new resource: REST is a style, not a law.',
      },
      {
        id: 'list',
        title: 'Read the collection',
        text: 'GET on the collection\u2019s address lists its members.',
        request: { method: 'GET', path: '/practice/todos' },
        expect: { status: 200 },
        notice: 'A JSON array: each todo has an id, which is also the last part of its own address.',
      },
      {
        id: 'create',
        title: 'Create: POST',
        text: 'POST a new todo to the collection; the server chooses its id.',
        request: {
          method: 'POST',
          path: '/practice/todos',
          body: { kind: 'json', text: '{\n  "title": "Learn REST"\n}' },
        },
        expect: { status: 201 },
        notice:
          '201 Created, and the Location header gives the new todo\u2019s address: /practice/todos/5. The body is the todo as stored, with "done": false filled in.',
      },
      {
        id: 'read',
        title: 'Read one: GET',
        text: 'Follow the Location you were given.',
        request: { method: 'GET', path: '/practice/todos/5' },
        expect: { status: 200 },
        notice: 'The todo, with an ETag header: its version, which changes whenever the todo does.',
      },
      {
        id: 'replace',
        title: 'Replace: PUT',
        text: 'PUT sends the whole todo; anything left out goes back to its default.',
        request: {
          method: 'PUT',
          path: '/practice/todos/5',
          body: { kind: 'json', text: '{\n  "title": "Learn REST properly",\n  "done": false\n}' },
        },
        expect: { status: 200 },
        notice:
          '200 with the new version and a new ETag. Sending it again changes nothing more: PUT is idempotent.',
      },
      {
        id: 'update',
        title: 'Update part: PATCH',
        text: 'PATCH sends only the fields to change.',
        request: {
          method: 'PATCH',
          path: '/practice/todos/5',
          body: { kind: 'json', text: '{\n  "done": true\n}' },
        },
        expect: { status: 200 },
        notice: '"done" is now true and the title stayed as it was.',
      },
      {
        id: 'delete',
        title: 'Delete: DELETE',
        text: 'Remove the todo.',
        request: { method: 'DELETE', path: '/practice/todos/5' },
        expect: { status: 204 },
        notice: '204 No Content: done, nothing to add.',
      },
      {
        id: 'gone',
        title: 'Read it again',
        text: 'The same GET as before.',
        request: { method: 'GET', path: '/practice/todos/5' },
        expect: { status: 404 },
        notice:
          '404, with a JSON body (application/problem+json) that says what is wrong: a good API explains its errors.',
      },
    ],
    takeaway:
      'Resources have addresses; methods say what to do with them: POST creates (201 + Location), GET reads, PUT replaces, PATCH changes part, DELETE removes (204). Errors come back as statuses with a body that explains.',
  },
];
