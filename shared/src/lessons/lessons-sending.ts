import type { Lesson } from './lesson.ts';

/** Bodies, cookies and logging in (seeds 001, 002 and 004). */
export const SENDING_LESSONS: Lesson[] = [
  {
    id: 'bodies',
    title: 'Forms, JSON and files',
    goal: 'Send the same data three ways, and see how Content-Type tells the server to read each one.',
    steps: [
      {
        id: 'form',
        title: 'A form, as a browser sends it',
        text: 'The course\u2019s POST: name1=value1 and name2=value2, encoded like a web form (requests\u2019 data=).',
        request: {
          method: 'POST',
          path: '/httpbin/post',
          body: {
            kind: 'form-urlencoded',
            fields: [
              ['name1', 'value1'],
              ['name2', 'value2'],
            ],
          },
        },
        expect: { status: 200 },
        notice:
          'The server read the fields into "form". The Request tab shows Content-Type: application/x-www-form-urlencoded and the body name1=value1&name2=value2, the same encoding as a query string.',
      },
      {
        id: 'json',
        title: 'JSON',
        text: 'APIs mostly take JSON (requests\u2019 json=): nested values, numbers and true/false keep their types.',
        request: {
          method: 'POST',
          path: '/httpbin/post',
          body: {
            kind: 'json',
            text: '{\n  "title": "Learn HTTP",\n  "done": false,\n  "tags": ["web", "python"]\n}',
          },
        },
        expect: { status: 200 },
        notice: 'The answer\u2019s "json" holds your object with its types; "form" is empty this time.',
      },
      {
        id: 'file',
        title: 'A file upload',
        text: 'multipart/form-data sends text fields and whole files in one body (requests\u2019 files=).',
        request: {
          method: 'POST',
          path: '/httpbin/post',
          body: {
            kind: 'multipart',
            parts: [
              { name: 'description', value: 'my notes' },
              {
                name: 'upload',
                file: { name: 'notes.txt', type: 'text/plain', content: 'GET reads, POST creates.\n' },
              },
            ],
          },
        },
        expect: { status: 200 },
        notice:
          'The file arrived under "files" and the text field under "form". The Content-Type carries a boundary: the line that separates the parts in the body.',
      },
      {
        id: 'wrong-type',
        title: 'The wrong Content-Type',
        text: 'JSON text, labelled as plain text, sent to an API that wants JSON.',
        request: {
          method: 'POST',
          path: '/practice/todos',
          body: { kind: 'text', text: '{"title": "Labelled wrong"}', contentType: 'text/plain' },
        },
        expect: { status: 415 },
        notice:
          '415 Unsupported Media Type: the server goes by the Content-Type header, not by guessing from the bytes. Its answer says which type to send.',
      },
    ],
    takeaway:
      'A body is only bytes; Content-Type says how to read them. Forms for simple fields, JSON for structured data, multipart when files are involved.',
  },
  {
    id: 'cookies',
    title: 'Cookies and sessions',
    goal: 'See a server set a cookie, the playground keep it in its cookie jar, and send it back, as a requests.Session or a browser does.',
    steps: [
      {
        id: 'set',
        title: 'The server sets a cookie',
        text: 'This address answers with Set-Cookie and a redirect to /httpbin/cookies, which shows the cookies it receives.',
        request: { method: 'GET', path: '/httpbin/cookies/set?flavour=oatmeal' },
        expect: { status: 200 },
        notice:
          'The Redirects tab shows the first answer: 302 with Set-Cookie: flavour=oatmeal. The jar kept it and sent it on the next hop, so the final answer lists it. The Cookies button in the header shows the jar.',
      },
      {
        id: 'sent-back',
        title: 'Sent back without asking',
        text: 'A new request to the same host, with no Cookie header typed.',
        request: { method: 'GET', path: '/httpbin/cookies' },
        expect: { status: 200 },
        notice:
          'The server still sees flavour=oatmeal: the Request tab shows a Cookie header tagged cookie-jar. This is how a login session survives from one request to the next.',
      },
      {
        id: 'delete',
        title: 'The server removes it',
        text: 'This address answers with a Set-Cookie that expires the cookie at once.',
        request: { method: 'GET', path: '/httpbin/cookies/delete?flavour' },
        expect: { status: 200 },
        notice:
          'The cookies are now empty, and the jar has dropped flavour: the server decides how long a cookie lives.',
      },
    ],
    takeaway:
      'HTTP itself remembers nothing between requests; cookies are how servers make sessions. A cookie goes back only to the host (and path) that set it, which the jar checks for every request.',
  },
  {
    id: 'auth',
    title: 'Basic and Bearer authentication',
    goal: 'Log in with a user name and password (Basic) and with a token (Bearer), and see exactly what travels.',
    steps: [
      {
        id: 'challenge',
        title: 'Asked to log in',
        text: 'No credentials yet.',
        request: { method: 'GET', path: '/httpbin/basic-auth/ada/lovelace' },
        expect: { status: 401 },
        notice: '401 and WWW-Authenticate: Basic realm="Fake Realm": the server says which scheme it wants.',
      },
      {
        id: 'basic',
        title: 'Basic auth',
        text: 'The same address with user ada and password lovelace (the Auth tab, like requests\u2019 auth=).',
        request: {
          method: 'GET',
          path: '/httpbin/basic-auth/ada/lovelace',
          auth: { type: 'basic', username: 'ada', password: 'lovelace' },
        },
        expect: { status: 200 },
        notice:
          'Authenticated. The Request tab shows Authorization: Basic YWRhOmxvdmVsYWNl, tagged auth: that is only ada:lovelace in base64, which anyone can decode. Send Basic auth over HTTPS only.',
      },
      {
        id: 'wrong-password',
        title: 'A wrong password',
        text: 'Same user, wrong password.',
        request: {
          method: 'GET',
          path: '/httpbin/basic-auth/ada/lovelace',
          auth: { type: 'basic', username: 'ada', password: 'babbage' },
        },
        expect: { status: 401 },
        notice: 'Back to 401: the server checked the password and refused.',
      },
      {
        id: 'bearer-missing',
        title: 'An API that wants a token',
        text: 'APIs usually take a token instead of a password.',
        request: { method: 'GET', path: '/httpbin/bearer' },
        expect: { status: 401 },
        notice: '401 with WWW-Authenticate: Bearer: send a token.',
      },
      {
        id: 'bearer',
        title: 'Bearer token',
        text: 'Any token will do for this practice address.',
        request: {
          method: 'GET',
          path: '/httpbin/bearer',
          auth: { type: 'bearer', token: 'my-practice-token' },
        },
        expect: { status: 200 },
        notice:
          'Authorization: Bearer my-practice-token went out, and the server echoes the token. Whoever holds ("bears") a token is let in, so keep tokens as secret as passwords.',
      },
    ],
    takeaway:
      '401 means "log in"; the Authorization header is how. Basic and Bearer credentials are readable by anyone who sees the request: only HTTPS keeps them private.',
  },
];
