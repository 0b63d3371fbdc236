/**
 * The requests sent to the real httpbin by `scripts/record-httpbin-fixtures.ts`. The fixtures store
 * each request with its answer, so the tests replay exactly what was recorded; this list is only read
 * when recording. One group per module under httpbin/, one fixture file per group.
 */
export interface FixtureCase {
  name: string;
  method: string;
  path: string;
  headers?: [string, string][];
  body?: { text: string } | { base64: string };
}

const BOUNDARY = 'playground-boundary-1234';

// A fixed boundary keeps the recorded request bytes identical to the replayed ones.
function multipart(parts: { name: string; filename?: string; type?: string; content: Buffer | string }[]) {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const filename = part.filename === undefined ? '' : `; filename="${part.filename}"`;
    const type = part.type ? `Content-Type: ${part.type}\r\n` : '';
    chunks.push(
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"${filename}\r\n`),
    );
    chunks.push(Buffer.from(`${type}\r\n`), Buffer.from(part.content), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return {
    headers: [['Content-Type', `multipart/form-data; boundary=${BOUNDARY}`]] as [string, string][],
    body: { base64: Buffer.concat(chunks).toString('base64') },
  };
}

const json = (value: unknown) => ({
  headers: [['Content-Type', 'application/json']] as [string, string][],
  body: { text: JSON.stringify(value) },
});
const form = (text: string) => ({
  headers: [['Content-Type', 'application/x-www-form-urlencoded']] as [string, string][],
  body: { text },
});
const binary = Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x41, 0x0a]);
const ua: [string, string] = ['User-Agent', 'playground-recorder/1.0'];
const withUa = (...more: [string, string][]): [string, string][] => [ua, ...more];
const basic = (user: string, pass: string): [string, string] => [
  'Authorization',
  `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`,
];

const upload = multipart([
  { name: 'name', content: 'Ada' },
  { name: 'tag', content: 'one' },
  { name: 'tag', content: 'two' },
  { name: 'note', filename: 'note.txt', type: 'text/plain', content: 'hello file\n' },
  { name: 'blob', filename: 'blob.bin', type: 'application/octet-stream', content: binary },
  { name: 'pic', filename: 'pic.png', type: 'image/png', content: binary },
  { name: 'twice', filename: 'a.txt', type: 'text/plain', content: 'first' },
  { name: 'twice', filename: 'b.txt', type: 'text/plain', content: 'second' },
]);

export const fixtureGroups: Record<string, FixtureCase[]> = {
  'request-inspection': [
    { name: 'GET /get', method: 'GET', path: '/get', headers: withUa(['Accept', '*/*']) },
    {
      name: 'GET /get with repeated, encoded and empty args',
      method: 'GET',
      path: '/get?a=1&a=2&b=hello+world&c=%C3%A9t%C3%A9&d&e=&f=x%26y%3Dz&g=a%20b',
      headers: withUa(),
    },
    {
      name: 'GET /get with slashes and escapes in the query',
      method: 'GET',
      path: '/get?path=/a/b:c&t=%7E~&u=%2f&v=%e2%9c%93&w=%FF',
      headers: withUa(),
    },
    {
      name: 'GET /get with custom, lower-case and duplicate headers',
      method: 'GET',
      path: '/get',
      headers: withUa(
        ['X-Custom', 'value'],
        ['x-lower-case', 'v'],
        ['X-API-KEY2b', 'k'],
        ['X-Dup', 'a'],
        ['X-Dup', 'b'],
        ['Accept-Language', 'fr'],
      ),
    },
    {
      name: 'GET /get hides proxy headers but takes origin from X-Forwarded-For',
      method: 'GET',
      path: '/get',
      headers: withUa(['X-Forwarded-For', '203.0.113.9'], ['Via', '1.1 cache'], ['X-Request-Id', 'r1']),
    },
    {
      name: 'GET /get?show_env=1 shows proxy headers and honours X-Forwarded-Proto',
      method: 'GET',
      path: '/get?show_env=1',
      headers: withUa(['X-Forwarded-Proto', 'https'], ['X-Forwarded-For', '203.0.113.9']),
    },
    { name: 'HEAD /get', method: 'HEAD', path: '/get', headers: withUa() },
    {
      name: 'OPTIONS /get preflight',
      method: 'OPTIONS',
      path: '/get',
      headers: withUa(
        ['Origin', 'http://example.test'],
        ['Access-Control-Request-Method', 'GET'],
        ['Access-Control-Request-Headers', 'x-custom, content-type'],
      ),
    },
    {
      name: 'GET /headers with Origin echoes it in CORS',
      method: 'GET',
      path: '/headers',
      headers: withUa(['Origin', 'http://example.test']),
    },
    { name: 'POST /get is 405', method: 'POST', path: '/get', headers: withUa() },
    { name: 'GET /post is 405', method: 'GET', path: '/post', headers: withUa() },
    { name: 'HEAD /post is 405', method: 'HEAD', path: '/post', headers: withUa() },
    { name: 'OPTIONS /post', method: 'OPTIONS', path: '/post', headers: withUa() },
    { name: 'POST /post with no body', method: 'POST', path: '/post', headers: withUa() },
    {
      name: 'POST /post urlencoded form with repeated keys',
      method: 'POST',
      path: '/post?q=1',
      ...merge(form('name=Ada+Lovelace&lang=en&lang=fr&empty=&sym=%26%3D')),
    },
    {
      name: 'POST /post JSON',
      method: 'POST',
      path: '/post',
      ...merge(json({ b: 1, a: [true, null, 'é'] })),
    },
    {
      name: 'POST /post invalid JSON',
      method: 'POST',
      path: '/post',
      headers: withUa(['Content-Type', 'application/json']),
      body: { text: '{"a":' },
    },
    {
      name: 'POST /post JSON sent as text/plain',
      method: 'POST',
      path: '/post',
      headers: withUa(['Content-Type', 'text/plain']),
      body: { text: '{"x": [1, 2]}' },
    },
    {
      name: 'POST /post plain text',
      method: 'POST',
      path: '/post',
      headers: withUa(['Content-Type', 'text/plain; charset=utf-8']),
      body: { text: 'hello, wörld\n' },
    },
    {
      name: 'POST /post binary body',
      method: 'POST',
      path: '/post',
      headers: withUa(['Content-Type', 'application/octet-stream']),
      body: { base64: binary.toString('base64') },
    },
    { name: 'POST /post multipart with files', method: 'POST', path: '/post', ...merge(upload) },
    { name: 'PUT /put JSON', method: 'PUT', path: '/put', ...merge(json({ id: 1, done: false })) },
    { name: 'PATCH /patch form', method: 'PATCH', path: '/patch', ...merge(form('done=true')) },
    { name: 'DELETE /delete', method: 'DELETE', path: '/delete?id=3', headers: withUa() },
    { name: 'DELETE /delete with JSON', method: 'DELETE', path: '/delete', ...merge(json([1, 2])) },
    { name: 'GET /anything', method: 'GET', path: '/anything?x=1', headers: withUa() },
    {
      name: 'POST /anything/deep/path JSON',
      method: 'POST',
      path: '/anything/deep/path?y=2',
      ...merge(json({ hello: 'world' })),
    },
    {
      name: 'GET /anything with an escaped path',
      method: 'GET',
      path: '/anything/a%20b/%C3%A9;x@y',
      headers: withUa(),
    },
    { name: 'PUT /anything multipart', method: 'PUT', path: '/anything/up', ...merge(upload) },
    { name: 'DELETE /anything', method: 'DELETE', path: '/anything', headers: withUa() },
    { name: 'TRACE /anything', method: 'TRACE', path: '/anything', headers: withUa() },
    { name: 'OPTIONS /anything', method: 'OPTIONS', path: '/anything', headers: withUa() },
    { name: 'GET /headers', method: 'GET', path: '/headers', headers: withUa(['X-Thing', '1']) },
    { name: 'POST /headers is 405', method: 'POST', path: '/headers', headers: withUa() },
    { name: 'GET /ip', method: 'GET', path: '/ip', headers: withUa() },
    {
      name: 'GET /ip behind a proxy',
      method: 'GET',
      path: '/ip',
      headers: withUa(['X-Forwarded-For', '198.51.100.7']),
    },
    { name: 'GET /user-agent', method: 'GET', path: '/user-agent', headers: withUa() },
    { name: 'GET /user-agent without one', method: 'GET', path: '/user-agent' },
    { name: 'GET /uuid', method: 'GET', path: '/uuid', headers: withUa() },
    { name: 'GET an unknown path is 404', method: 'GET', path: '/no-such-page', headers: withUa() },
    { name: 'GET /get/ with a slash is 404', method: 'GET', path: '/get/', headers: withUa() },
  ],
  'status-codes': [
    ...[200, 201, 202, 204, 205, 206, 301, 302, 303, 304, 305, 307, 308, 400, 401, 402, 403, 404].map(
      statusCase,
    ),
    ...[405, 406, 407, 409, 410, 418, 422, 429, 500, 501, 502, 503, 504, 599].map(statusCase),
    { name: 'POST /status/201', method: 'POST', path: '/status/201', ...merge(json({ a: 1 })) },
    { name: 'PUT /status/404', method: 'PUT', path: '/status/404', headers: withUa() },
    { name: 'PATCH /status/409', method: 'PATCH', path: '/status/409', headers: withUa() },
    { name: 'DELETE /status/204', method: 'DELETE', path: '/status/204', headers: withUa() },
    { name: 'TRACE /status/200', method: 'TRACE', path: '/status/200', headers: withUa() },
    { name: 'HEAD /status/418', method: 'HEAD', path: '/status/418', headers: withUa() },
    { name: 'OPTIONS /status/200', method: 'OPTIONS', path: '/status/200', headers: withUa() },
    {
      name: 'weighted choice with a zero weight',
      method: 'GET',
      path: '/status/418:1,500:0',
      headers: withUa(),
    },
    { name: 'not a number', method: 'GET', path: '/status/abc', headers: withUa() },
    { name: 'a bad code in a list', method: 'GET', path: '/status/200,x', headers: withUa() },
    { name: 'a bad weight', method: 'GET', path: '/status/200:abc,201', headers: withUa() },
  ],
  redirects: [
    { name: 'redirect once', method: 'GET', path: '/redirect/1', headers: withUa() },
    { name: 'redirect three times', method: 'GET', path: '/redirect/3', headers: withUa() },
    { name: 'redirect absolute', method: 'GET', path: '/redirect/3?absolute=true', headers: withUa() },
    { name: 'redirect absolute once', method: 'GET', path: '/redirect/1?absolute=TRUE', headers: withUa() },
    { name: 'redirect zero times', method: 'GET', path: '/redirect/0', headers: withUa() },
    { name: 'redirect with a non-number', method: 'GET', path: '/redirect/abc', headers: withUa() },
    { name: 'POST /redirect is 405', method: 'POST', path: '/redirect/2', headers: withUa() },
    { name: 'relative redirect once', method: 'GET', path: '/relative-redirect/1', headers: withUa() },
    { name: 'relative redirect three times', method: 'GET', path: '/relative-redirect/3', headers: withUa() },
    { name: 'absolute redirect once', method: 'GET', path: '/absolute-redirect/1', headers: withUa() },
    { name: 'absolute redirect three times', method: 'GET', path: '/absolute-redirect/3', headers: withUa() },
    {
      name: 'redirect-to an external URL',
      method: 'GET',
      path: '/redirect-to?url=http%3A%2F%2Fexample.com%2Fa%3Fb%3D1',
      headers: withUa(),
    },
    {
      name: 'redirect-to with 307',
      method: 'GET',
      path: '/redirect-to?url=/get&status_code=307',
      headers: withUa(),
    },
    {
      name: 'redirect-to with 301',
      method: 'GET',
      path: '/redirect-to?URL=/get&STATUS_CODE=301',
      headers: withUa(),
    },
    {
      name: 'redirect-to ignores 200',
      method: 'GET',
      path: '/redirect-to?url=/get&status_code=200',
      headers: withUa(),
    },
    { name: 'redirect-to without url', method: 'GET', path: '/redirect-to', headers: withUa() },
    {
      name: 'POST /redirect-to 307',
      method: 'POST',
      path: '/redirect-to?url=/post&status_code=307',
      ...merge(json({ a: 1 })),
    },
    {
      name: 'PUT /redirect-to',
      method: 'PUT',
      path: '/redirect-to?url=/put&status_code=308',
      headers: withUa(),
    },
    { name: 'HEAD /redirect-to', method: 'HEAD', path: '/redirect-to?url=/get', headers: withUa() },
    { name: 'OPTIONS /redirect-to', method: 'OPTIONS', path: '/redirect-to', headers: withUa() },
    { name: 'links page', method: 'GET', path: '/links/3/1', headers: withUa() },
    { name: 'links page offset past the end', method: 'GET', path: '/links/2/5', headers: withUa() },
    { name: 'links page with zero links', method: 'GET', path: '/links/0/0', headers: withUa() },
    { name: 'links page capped at 200', method: 'GET', path: '/links/500/3', headers: withUa() },
    { name: 'links redirect to the first page', method: 'GET', path: '/links/4', headers: withUa() },
  ],
  cookies: [
    { name: 'no cookies', method: 'GET', path: '/cookies', headers: withUa() },
    {
      name: 'cookies sent',
      method: 'GET',
      path: '/cookies',
      headers: withUa(['Cookie', 'a=1; b=two; quoted="x y"; a=again; _gauges_unique=1']),
    },
    {
      name: 'cookies with show_env',
      method: 'GET',
      path: '/cookies?show_env=1',
      headers: withUa(['Cookie', 'a=1; _gauges_unique=1; __utma=2']),
    },
    {
      name: 'set cookies from the query',
      method: 'GET',
      path: '/cookies/set?a=1&b=2&a=3',
      headers: withUa(),
    },
    {
      name: 'set cookies needing quotes',
      method: 'GET',
      path: '/cookies/set?s=a%20b&c=x%2Cy&e=',
      headers: withUa(),
    },
    { name: 'set no cookies', method: 'GET', path: '/cookies/set', headers: withUa() },
    { name: 'set one cookie by path', method: 'GET', path: '/cookies/set/name/value', headers: withUa() },
    { name: 'delete cookies', method: 'GET', path: '/cookies/delete?a&b=', headers: withUa() },
    { name: 'POST /cookies is 405', method: 'POST', path: '/cookies', headers: withUa() },
    { name: 'HEAD /cookies/set', method: 'HEAD', path: '/cookies/set?h=1', headers: withUa() },
  ],
  auth: [
    {
      name: 'basic auth without credentials',
      method: 'GET',
      path: '/basic-auth/user/passwd',
      headers: withUa(),
    },
    {
      name: 'basic auth with the right credentials',
      method: 'GET',
      path: '/basic-auth/user/passwd',
      headers: withUa(basic('user', 'passwd')),
    },
    {
      name: 'basic auth with a wrong password',
      method: 'GET',
      path: '/basic-auth/user/passwd',
      headers: withUa(basic('user', 'nope')),
    },
    {
      name: 'basic auth with a password holding a colon',
      method: 'GET',
      path: '/basic-auth/u/p:q',
      headers: withUa(basic('u', 'p:q')),
    },
    {
      name: 'basic auth with garbage',
      method: 'GET',
      path: '/basic-auth/user/passwd',
      headers: withUa(['Authorization', 'Basic !!!']),
    },
    {
      name: 'basic auth with another scheme',
      method: 'GET',
      path: '/basic-auth/user/passwd',
      headers: withUa(['Authorization', 'Bearer abc']),
    },
    { name: 'POST /basic-auth is 405', method: 'POST', path: '/basic-auth/user/passwd', headers: withUa() },
    {
      name: 'hidden basic auth without credentials',
      method: 'GET',
      path: '/hidden-basic-auth/u/p',
      headers: withUa(),
    },
    {
      name: 'hidden basic auth with credentials',
      method: 'GET',
      path: '/hidden-basic-auth/u/p',
      headers: withUa(basic('u', 'p')),
    },
    { name: 'bearer without a token', method: 'GET', path: '/bearer', headers: withUa() },
    {
      name: 'bearer with a token',
      method: 'GET',
      path: '/bearer',
      headers: withUa(['Authorization', 'Bearer my-token.123']),
    },
    { name: 'OPTIONS /bearer', method: 'OPTIONS', path: '/bearer', headers: withUa() },
  ],
  'dynamic-data': [
    { name: 'delay zero', method: 'GET', path: '/delay/0?x=1', headers: withUa() },
    { name: 'delay a fraction', method: 'GET', path: '/delay/0.1', headers: withUa() },
    { name: 'delay with a non-number', method: 'GET', path: '/delay/abc', headers: withUa() },
    { name: 'POST /delay is 405', method: 'POST', path: '/delay/0', headers: withUa() },
    { name: 'drip', method: 'GET', path: '/drip?duration=0&numbytes=5&code=202', headers: withUa() },
    { name: 'drip with defaults but no wait', method: 'GET', path: '/drip?duration=0', headers: withUa() },
    {
      name: 'drip with a delay',
      method: 'GET',
      path: '/drip?duration=0.2&numbytes=2&delay=0.1',
      headers: withUa(),
    },
    { name: 'drip zero bytes', method: 'GET', path: '/drip?numbytes=0', headers: withUa() },
    { name: 'stream 3 lines', method: 'GET', path: '/stream/3?a=1', headers: withUa(['X-Thing', 'é']) },
    { name: 'stream zero lines', method: 'GET', path: '/stream/0', headers: withUa() },
    { name: 'bytes with a seed', method: 'GET', path: '/bytes/64?seed=42', headers: withUa() },
    { name: 'bytes with seed 0', method: 'GET', path: '/bytes/16?seed=0', headers: withUa() },
    {
      name: 'bytes with a large seed',
      method: 'GET',
      path: '/bytes/16?seed=12345678901234567890',
      headers: withUa(),
    },
    { name: 'bytes random', method: 'GET', path: '/bytes/1000', headers: withUa() },
    { name: 'bytes capped at 100 KiB', method: 'GET', path: '/bytes/200000?seed=7', headers: withUa() },
    { name: 'bytes zero', method: 'GET', path: '/bytes/0', headers: withUa() },
    { name: 'stream-bytes with a seed', method: 'GET', path: '/stream-bytes/64?seed=42', headers: withUa() },
    {
      name: 'stream-bytes in small chunks',
      method: 'GET',
      path: '/stream-bytes/100?seed=1&chunk_size=10',
      headers: withUa(),
    },
    { name: 'base64', method: 'GET', path: '/base64/SFRUUEJJTiBpcyBhd2Vzb21l', headers: withUa() },
    { name: 'base64 url-safe alphabet', method: 'GET', path: '/base64/Pz8_Pj4-', headers: withUa() },
    { name: 'uuid', method: 'GET', path: '/uuid', headers: withUa() },
  ],
  'response-formats': [
    { name: 'html', method: 'GET', path: '/html', headers: withUa() },
    { name: 'xml', method: 'GET', path: '/xml', headers: withUa() },
    { name: 'robots.txt', method: 'GET', path: '/robots.txt', headers: withUa() },
    { name: 'deny', method: 'GET', path: '/deny', headers: withUa() },
    { name: 'utf-8 page', method: 'GET', path: '/encoding/utf8', headers: withUa() },
    { name: 'html form', method: 'GET', path: '/forms/post', headers: withUa() },
    { name: 'gzip', method: 'GET', path: '/gzip', headers: withUa(['Accept-Encoding', 'gzip']) },
    { name: 'deflate', method: 'GET', path: '/deflate', headers: withUa(['Accept-Encoding', 'deflate']) },
    { name: 'brotli', method: 'GET', path: '/brotli', headers: withUa(['Accept-Encoding', 'br']) },
    { name: 'HEAD /gzip', method: 'HEAD', path: '/gzip', headers: withUa() },
    { name: 'POST /html is 405', method: 'POST', path: '/html', headers: withUa() },
  ],
  images: [
    { name: 'image without Accept', method: 'GET', path: '/image', headers: withUa() },
    { name: 'image as webp', method: 'GET', path: '/image', headers: withUa(['Accept', 'image/webp,*/*']) },
    { name: 'image as svg', method: 'GET', path: '/image', headers: withUa(['Accept', 'image/svg+xml']) },
    { name: 'image as jpeg', method: 'GET', path: '/image', headers: withUa(['Accept', 'image/jpeg']) },
    { name: 'image as png', method: 'GET', path: '/image', headers: withUa(['Accept', 'IMAGE/PNG']) },
    { name: 'image as any image', method: 'GET', path: '/image', headers: withUa(['Accept', 'image/*']) },
    {
      name: 'image refused for html',
      method: 'GET',
      path: '/image',
      headers: withUa(['Accept', 'text/html']),
    },
    { name: 'image refused for */*', method: 'GET', path: '/image', headers: withUa(['Accept', '*/*']) },
    { name: 'png', method: 'GET', path: '/image/png', headers: withUa() },
    { name: 'jpeg', method: 'GET', path: '/image/jpeg', headers: withUa() },
    { name: 'svg', method: 'GET', path: '/image/svg', headers: withUa() },
    { name: 'webp', method: 'GET', path: '/image/webp', headers: withUa() },
    { name: 'unknown image type', method: 'GET', path: '/image/gif', headers: withUa() },
  ],
  'response-inspection': [
    { name: 'cache', method: 'GET', path: '/cache', headers: withUa() },
    {
      name: 'cache with If-Modified-Since',
      method: 'GET',
      path: '/cache',
      headers: withUa(['If-Modified-Since', 'Wed, 21 Oct 2015 07:28:00 GMT']),
    },
    {
      name: 'cache with If-None-Match',
      method: 'GET',
      path: '/cache',
      headers: withUa(['If-None-Match', '"x"']),
    },
    { name: 'POST /cache is 405', method: 'POST', path: '/cache', headers: withUa() },
    { name: 'cache for 60 s', method: 'GET', path: '/cache/60', headers: withUa() },
    { name: 'cache with a non-number', method: 'GET', path: '/cache/soon', headers: withUa() },
    { name: 'etag', method: 'GET', path: '/etag/abc', headers: withUa() },
    {
      name: 'etag If-None-Match hit',
      method: 'GET',
      path: '/etag/abc',
      headers: withUa(['If-None-Match', '"abc"']),
    },
    {
      name: 'etag If-None-Match weak hit in a list',
      method: 'GET',
      path: '/etag/abc',
      headers: withUa(['If-None-Match', '"x", W/"abc"']),
    },
    {
      name: 'etag If-None-Match star',
      method: 'GET',
      path: '/etag/abc',
      headers: withUa(['If-None-Match', '*']),
    },
    {
      name: 'etag If-None-Match miss',
      method: 'GET',
      path: '/etag/abc',
      headers: withUa(['If-None-Match', '"zz"']),
    },
    { name: 'etag If-Match hit', method: 'GET', path: '/etag/abc', headers: withUa(['If-Match', '"abc"']) },
    { name: 'etag If-Match miss', method: 'GET', path: '/etag/abc', headers: withUa(['If-Match', '"zz"']) },
    { name: 'etag If-Match star', method: 'GET', path: '/etag/abc', headers: withUa(['If-Match', '*']) },
    { name: 'PUT /etag is 405', method: 'PUT', path: '/etag/abc', headers: withUa() },
    {
      name: 'response headers from the query',
      method: 'GET',
      path: '/response-headers?freeform=hello&X-Two=1&X-Two=2',
      headers: withUa(),
    },
    {
      name: 'response headers with a Content-Type',
      method: 'GET',
      path: '/response-headers?Content-Type=text/plain',
      headers: withUa(),
    },
    {
      name: 'response headers by POST',
      method: 'POST',
      path: '/response-headers?Server=me',
      headers: withUa(),
    },
    { name: 'response headers with none', method: 'GET', path: '/response-headers', headers: withUa() },
    { name: 'PUT /response-headers is 405', method: 'PUT', path: '/response-headers', headers: withUa() },
  ],
};

function statusCase(code: number): FixtureCase {
  return { name: `GET /status/${code}`, method: 'GET', path: `/status/${code}`, headers: withUa() };
}

function merge(extra: { headers: [string, string][]; body: FixtureCase['body'] }) {
  return { headers: withUa(...extra.headers), body: extra.body };
}
