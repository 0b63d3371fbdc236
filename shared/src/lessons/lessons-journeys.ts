import type { Lesson } from './lesson.ts';

/** Redirects, content negotiation, and caching with conditional requests (seeds 000 and 002). */
export const JOURNEY_LESSONS: Lesson[] = [
  {
    id: 'redirects',
    title: 'Redirects',
    goal: 'Follow a chain of redirects hop by hop, stop at the first one, and see which redirects keep your method and body.',
    steps: [
      {
        id: 'chain',
        title: 'A chain of three',
        text: 'Each answer points somewhere else, three times, before the real one.',
        request: { method: 'GET', path: '/httpbin/redirect/3' },
        expect: { status: 200 },
        notice:
          'The status is the last hop\u2019s 200. The Redirects tab lists each 302 with the Location header that pointed onwards.',
      },
      {
        id: 'not-followed',
        title: 'Without following',
        text: 'The same first hop, with "Follow redirects" off (the Settings tab), as requests does with allow_redirects=False.',
        request: { method: 'GET', path: '/httpbin/redirect/1', followRedirects: false },
        expect: { status: 302 },
        notice:
          '302 Found and a Location header: a redirect is an ordinary response, and following it is the client\u2019s choice.',
      },
      {
        id: 'see-other',
        title: '303: go and GET it',
        text: 'A POST answered with 303 See Other, the usual reply after a form is submitted.',
        request: {
          method: 'POST',
          path: '/httpbin/redirect-to?url=/httpbin/anything&status_code=303',
          body: { kind: 'json', text: '{"order": 42}' },
        },
        expect: { status: 200 },
        notice:
          'The final answer says "method": "GET" and its "json" is null: after a 303 the client fetches the new address with GET, without the body. (301 and 302 do the same to a POST, for historical reasons.)',
      },
      {
        id: 'temporary',
        title: '307: same method, same body',
        text: 'The same POST answered with 307 Temporary Redirect.',
        request: {
          method: 'POST',
          path: '/httpbin/redirect-to?url=/httpbin/anything&status_code=307',
          body: { kind: 'json', text: '{"order": 42}' },
        },
        expect: { status: 200 },
        notice:
          'This time "method": "POST" and the body arrived again: 307 and 308 promise the method and body stay as they were.',
      },
      {
        id: 'too-many',
        title: 'Too many',
        text: 'Twelve redirects in a row, more than the ten the playground follows by default.',
        request: { method: 'GET', path: '/httpbin/redirect/12' },
        expect: { failure: 'too-many-redirects' },
        notice:
          'No final response: the playground gave up after ten hops, as every client gives up at some point, so a redirect loop cannot run forever.',
      },
    ],
    takeaway:
      '3xx plus Location means "look there". 301/308 are permanent, 302/303/307 temporary; 307 and 308 keep the method and body, the others turn a POST into a GET.',
  },
  {
    id: 'negotiation',
    title: 'Content negotiation',
    goal: 'Ask for the same resource in different formats with Accept, and read Content-Type to know what came back.',
    steps: [
      {
        id: 'webp',
        title: 'Ask for WebP',
        text: '/httpbin/image has one picture in several formats; Accept says which you prefer.',
        request: { method: 'GET', path: '/httpbin/image', headers: [['Accept', 'image/webp']] },
        expect: { status: 200 },
        notice: 'Content-Type: image/webp, and the Body tab shows the picture.',
      },
      {
        id: 'svg',
        title: 'Same address, another format',
        text: 'Only the Accept header changes.',
        request: { method: 'GET', path: '/httpbin/image', headers: [['Accept', 'image/svg+xml']] },
        expect: { status: 200 },
        notice:
          'Content-Type: image/svg+xml: one address, a different representation, chosen by the server from your Accept.',
      },
      {
        id: 'not-acceptable',
        title: 'A format it cannot give',
        text: 'Ask an image address for HTML.',
        request: { method: 'GET', path: '/httpbin/image', headers: [['Accept', 'text/html']] },
        expect: { status: 406 },
        notice: '406 Not Acceptable: nothing matches what you accept, and the body lists what it could send.',
      },
      {
        id: 'formats',
        title: 'Reading by Content-Type',
        text: 'Three addresses, three formats: try /httpbin/xml and /httpbin/html too by editing the address.',
        request: { method: 'GET', path: '/httpbin/json' },
        expect: { status: 200 },
        notice:
          'Content-Type decides how the playground shows a body: JSON and XML are pretty-printed, HTML also gets a Preview, images are drawn.',
      },
    ],
    takeaway:
      'Accept is what you would like; Content-Type is what you got. Always read Content-Type before parsing a body.',
  },
  {
    id: 'caching',
    title: 'Caching and conditional requests',
    goal: 'Get a validator (ETag), ask "has it changed?", and get 304 Not Modified instead of the whole body again.',
    steps: [
      {
        id: 'etag',
        title: 'A response with an ETag',
        text: 'An ETag is a version label for a response.',
        request: { method: 'GET', path: '/httpbin/etag/lesson-v1' },
        expect: { status: 200 },
        notice:
          'The Headers tab shows ETag: lesson-v1 (real servers put it in quotes). A client keeps it with its copy.',
      },
      {
        id: 'not-modified',
        title: 'Ask if it changed',
        text: 'Send the ETag back in If-None-Match: "give me the body only if it is not this version".',
        request: {
          method: 'GET',
          path: '/httpbin/etag/lesson-v1',
          headers: [['If-None-Match', '"lesson-v1"']],
        },
        expect: { status: 304 },
        notice: '304 Not Modified and no body: your copy is still good, and nothing was downloaded again.',
      },
      {
        id: 'changed',
        title: 'An old version',
        text: 'Ask with a version the server no longer has.',
        request: {
          method: 'GET',
          path: '/httpbin/etag/lesson-v1',
          headers: [['If-None-Match', '"lesson-v0"']],
        },
        expect: { status: 200 },
        notice: 'The versions differ, so the full 200 response comes back with the current ETag.',
      },
      {
        id: 'max-age',
        title: 'How long to keep it',
        text: 'Cache-Control tells caches how long a response stays fresh.',
        request: { method: 'GET', path: '/httpbin/cache/60' },
        expect: { status: 200 },
        notice:
          'Cache-Control: public, max-age=60: for a minute, a browser may reuse this response without asking the server at all.',
      },
      {
        id: 'if-modified-since',
        title: 'By date instead',
        text: 'If-Modified-Since asks the same question with a date.',
        request: {
          method: 'GET',
          path: '/httpbin/cache',
          headers: [['If-Modified-Since', 'Wed, 21 Oct 2015 07:28:00 GMT']],
        },
        expect: { status: 304 },
        notice:
          '304 again. Without that header, /httpbin/cache answers 200 with Last-Modified and ETag to send back next time.',
      },
    ],
    takeaway:
      'Cache-Control says how long a copy is fresh; ETag and Last-Modified let a client check a stale copy cheaply, and 304 means "keep what you have".',
  },
];
