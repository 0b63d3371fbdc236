import { describe, expect, it } from 'vitest';
import { type CurlRequest, looksLikeCurl, parseCurl } from './parse-curl.ts';

function parsed(command: string): CurlRequest {
  const result = parseCurl(command);
  if (!result.ok) throw new Error(result.message);
  return result.request;
}

const header = (name: string, value: string) => ({ name, value, enabled: true });

describe('parseCurl: the httpbin recipes of the course (seed 004) as curl commands', () => {
  it('GET with query parameters', () => {
    const request = parsed("curl 'http://httpbin.org/get?name1=value1&name2=value2'");
    expect(request).toMatchObject({ method: 'GET', url: 'http://httpbin.org/get?name1=value1&name2=value2' });
    expect(request.body).toEqual({ kind: 'none' });
    expect(request.notes).toEqual([]);
  });

  it('-G with --data-urlencode builds the query string, encoded as curl does', () => {
    const request = parsed("curl -G https://httpbin.org/get --data-urlencode 'q=a b&c' -d page=2");
    expect(request.method).toBe('GET');
    expect(request.url).toBe('https://httpbin.org/get?q=a%20b%26c&page=2');
    expect(request.body).toEqual({ kind: 'none' });
  });

  it('POST form with custom headers: -d pairs become form fields, -A the User-Agent', () => {
    const request = parsed(
      `curl http://httpbin.org/post -d name1=value1 -d 'name2=value2' -A 'none/ofyourbusiness' -H 'Spam: Eggs'`,
    );
    expect(request.method).toBe('POST');
    expect(request.body).toEqual({
      kind: 'form-urlencoded',
      fields: [header('name1', 'value1'), header('name2', 'value2')],
    });
    expect(request.headers).toEqual([header('User-Agent', 'none/ofyourbusiness'), header('Spam', 'Eggs')]);
  });

  it('form values are decoded for the table (+ and %20 are spaces)', () => {
    const request = parsed("curl -d 'greeting=hello+world&name=J%C3%BCrgen' http://h/post");
    expect(request.body).toEqual({
      kind: 'form-urlencoded',
      fields: [header('greeting', 'hello world'), header('name', 'Jürgen')],
    });
  });

  it('HEAD with -I', () => {
    expect(parsed('curl -I https://httpbin.org/get').method).toBe('HEAD');
  });

  it('Basic auth with -u, redirects with -L', () => {
    const request = parsed('curl -L -u user:passwd https://httpbin.org/basic-auth/user/passwd');
    expect(request.auth).toEqual({ type: 'basic', username: 'user', password: 'passwd' });
    expect(request.followRedirects).toBe(true);
  });

  it('-u without a password asks the user for it', () => {
    const request = parsed('curl -u alice https://h/');
    expect(request.auth).toEqual({ type: 'basic', username: 'alice', password: '' });
    expect(request.notes.join(' ')).toMatch(/password/);
  });

  it('a password may hold colons: only the first one splits', () => {
    expect(parsed('curl -u "u:p:w" h').auth).toEqual({ type: 'basic', username: 'u', password: 'p:w' });
  });

  it('does not follow redirects without -L, as curl', () => {
    expect(parsed('curl https://h/redirect/2').followRedirects).toBe(false);
  });

  it('multipart upload: text fields and files to pick', () => {
    const request = parsed(
      "curl -F 'title=My holiday' -F 'photo=@/home/me/photo.png;type=image/png' -F file=@report.xls https://httpbin.org/post",
    );
    expect(request.method).toBe('POST');
    expect(request.body).toEqual({
      kind: 'multipart',
      parts: [
        { kind: 'text', name: 'title', value: 'My holiday' },
        { kind: 'file', name: 'photo', fileName: '/home/me/photo.png', contentType: 'image/png' },
        { kind: 'file', name: 'file', fileName: 'report.xls', contentType: null },
      ],
    });
  });

  it('-F quoted values, ;type= on text, <file and --form-string', () => {
    const request = parsed(
      `curl -F 'a="x;y"' -F 'b=hello;type=text/plain' -F 'c=<notes.txt' --form-string 'd=@literal' h`,
    );
    expect(request.body).toEqual({
      kind: 'multipart',
      parts: [
        { kind: 'text', name: 'a', value: 'x;y' },
        { kind: 'text', name: 'b', value: 'hello' },
        { kind: 'text', name: 'c', value: '' },
        { kind: 'text', name: 'd', value: '@literal' },
      ],
    });
    expect(request.notes.join(' ')).toMatch(/notes\.txt/);
  });

  it('a session cookie with -b and a referer with -e', () => {
    const request = parsed(
      "curl -b 'sessioncookie=123456789' -b 'b=2' -e 'https://example.com/;auto' http://h/cookies",
    );
    expect(request.headers).toEqual([
      header('Referer', 'https://example.com/'),
      header('Cookie', 'sessioncookie=123456789; b=2'),
    ]);
  });

  it('-b with a file name is not a cookie', () => {
    const request = parsed('curl -b cookies.txt http://h/');
    expect(request.headers).toEqual([]);
    expect(request.notes.join(' ')).toMatch(/cookies\.txt/);
  });
});

describe('parseCurl: JSON bodies', () => {
  it('--data-raw with a JSON content type is a JSON body; the redundant header goes', () => {
    const request = parsed(`curl -X POST 'https://api.example.com/users' \\
  -H 'Content-Type: application/json' \\
  -H 'Authorization: Bearer abc.def' \\
  --data-raw '{"name":"Ada","langs":["en","fr"]}'`);
    expect(request.method).toBe('POST');
    expect(request.body).toEqual({ kind: 'json', text: '{"name":"Ada","langs":["en","fr"]}' });
    expect(request.headers).toEqual([header('Authorization', 'Bearer abc.def')]);
  });

  it('--json sets the method, the JSON body and Accept', () => {
    const request = parsed(`curl --json '{"a":1}' https://h/post`);
    expect(request.method).toBe('POST');
    expect(request.body).toEqual({ kind: 'json', text: '{"a":1}' });
    expect(request.headers).toEqual([header('Accept', 'application/json')]);
  });

  it('keeps a JSON content type with parameters as a header', () => {
    const request = parsed(`curl -H 'content-type: application/vnd.api+json; charset=utf-8' -d '{}' h`);
    expect(request.body).toEqual({ kind: 'json', text: '{}' });
    expect(request.headers).toEqual([header('content-type', 'application/vnd.api+json; charset=utf-8')]);
  });

  it('-d with JSON but no content type is sent as curl sends it: form-encoded text, byte for byte', () => {
    const request = parsed(`curl -d '{"a":1}' http://h/post`);
    expect(request.body).toEqual({
      kind: 'text',
      text: '{"a":1}',
      contentType: 'application/x-www-form-urlencoded',
    });
  });

  it('XML with its own content type is a text body of that type', () => {
    const request = parsed(`curl -H 'Content-Type: text/xml' --data-binary '<a>1</a>' h`);
    expect(request.body).toEqual({ kind: 'text', text: '<a>1</a>', contentType: 'text/xml' });
    expect(request.headers).toEqual([]);
  });

  it("Chrome's \"Copy as cURL\": $'…' strings, many headers, --compressed", () => {
    const request = parsed(`curl 'https://example.com/api/items?page=2' \\
  -H 'accept: application/json, text/plain, */*' \\
  -H 'accept-language: en-US,en;q=0.9' \\
  -H 'content-type: application/json;charset=UTF-8' \\
  -H $'x-note: it\\'s ok' \\
  --data-raw $'{"text":"line one\\nline two"}' \\
  --compressed`);
    expect(request.method).toBe('POST');
    expect(request.url).toBe('https://example.com/api/items?page=2');
    expect(request.body).toEqual({ kind: 'json', text: '{"text":"line one\nline two"}' });
    expect(request.headers.map((h) => h.name)).toEqual([
      'accept',
      'accept-language',
      'content-type',
      'x-note',
    ]);
    expect(request.headers[3]!.value).toBe("it's ok");
    expect(request.notes).toEqual([]);
  });
});

describe('parseCurl: command-line details', () => {
  it('-X in every spelling, bundled switches', () => {
    expect(parsed('curl -XPUT h').method).toBe('PUT');
    expect(parsed('curl --request DELETE h').method).toBe('DELETE');
    expect(parsed('curl -sSLX PATCH h')).toMatchObject({ method: 'PATCH', followRedirects: true });
    expect(parsed('curl -X PURGE h').method).toBe('PURGE');
  });

  it('-X wins over -d, -I wins over -G', () => {
    expect(parsed('curl -X PUT -d a=1 h').method).toBe('PUT');
    expect(parsed('curl -G -I h').method).toBe('HEAD');
  });

  it('--url, $ prompt, curl.exe and double quotes', () => {
    expect(parsed('$ curl --url "https://h/a b" -s').url).toBe('https://h/a b');
    expect(parsed('curl.exe "https://h/"').url).toBe('https://h/');
  });

  it('a scheme-less address gets http://, as curl gives it', () => {
    expect(parsed('curl localhost:5000/api').url).toBe('http://localhost:5000/api');
  });

  it('an unquoted URL with ? is read as text, not a file pattern', () => {
    expect(parsed('curl http://h/get?x=1').url).toBe('http://h/get?x=1');
  });

  it('stops at a pipe or a redirect and says so', () => {
    const request = parsed("curl -s 'http://h/json' | jq .slideshow");
    expect(request.url).toBe('http://h/json');
    expect(request.notes.join(' ')).toMatch(/\|/);
    expect(parsed('curl http://h/ 2>&1').notes).toHaveLength(1);
  });

  it('an unquoted & ends the command, as a shell would', () => {
    const request = parsed('curl http://h/get?a=1&b=2');
    expect(request.url).toBe('http://h/get?a=1');
    expect(request.notes.join(' ')).toMatch(/quotes/);
  });

  it('line continuations flattened into one line (pasted into a one-line box)', () => {
    const request = parsed("curl 'http://h/post' \\   -H 'A: 1' \\   -d 'x=1'");
    expect(request.headers).toEqual([header('A', '1')]);
    expect(request.body).toEqual({ kind: 'form-urlencoded', fields: [header('x', '1')] });
  });

  it('Windows line endings', () => {
    expect(parsed("curl 'http://h/' \\\r\n  -H 'A: 1'\r\n").headers).toEqual([header('A', '1')]);
  });

  it('keeps $VARIABLES as written', () => {
    expect(parsed('curl -H "Authorization: Bearer $TOKEN" h').headers).toEqual([
      header('Authorization', 'Bearer $TOKEN'),
    ]);
  });

  it('-H "Name;" sends an empty header; -H "Name:" cannot remove one here', () => {
    const request = parsed("curl -H 'X-Empty;' -H 'Accept:' h");
    expect(request.headers).toEqual([header('X-Empty', '')]);
    expect(request.notes.join(' ')).toMatch(/Accept/);
  });

  it('--max-time, -k, --oauth2-bearer and unknown options', () => {
    const request = parsed('curl -k -m 2.5 --oauth2-bearer t0k3n --frobnicate https://h/');
    expect(request.timeoutMs).toBe(2500);
    expect(request.auth).toEqual({ type: 'bearer', token: 't0k3n' });
    expect(request.notes.join(' ')).toMatch(/insecure/);
    expect(request.notes.join(' ')).toMatch(/--frobnicate/);
  });

  it("ignores options about curl's own output without a word", () => {
    expect(parsed('curl -sS -v -i -o out.json -w "%{http_code}" --compressed https://h/').notes).toEqual([]);
  });

  it('a data file becomes a binary body to pick; -T uploads with PUT', () => {
    expect(parsed('curl --data-binary @photo.jpg -H "Content-Type: image/jpeg" h')).toMatchObject({
      method: 'POST',
      body: { kind: 'binary', fileName: 'photo.jpg' },
      headers: [header('Content-Type', 'image/jpeg')],
    });
    expect(parsed('curl -T data.bin h')).toMatchObject({
      method: 'PUT',
      body: { kind: 'binary', fileName: 'data.bin' },
    });
  });

  it('-r asks for a range', () => {
    expect(parsed('curl -r 0-99 h').headers).toEqual([header('Range', 'bytes=0-99')]);
  });

  it('an option missing its value is reported', () => {
    expect(parsed('curl http://h/ -H').notes.join(' ')).toMatch(/-H needs a value/);
  });

  it('fails in words when there is no URL or no curl', () => {
    expect(parseCurl('curl -v')).toEqual({ ok: false, message: expect.stringMatching(/no URL/) });
    expect(parseCurl('wget http://h/').ok).toBe(false);
  });
});

describe('looksLikeCurl', () => {
  it('recognises curl command lines only', () => {
    expect(looksLikeCurl('curl https://h/')).toBe(true);
    expect(looksLikeCurl('  $ curl -v h')).toBe(true);
    expect(looksLikeCurl('CURL h')).toBe(true);
    expect(looksLikeCurl('curly.example.com/path')).toBe(false);
    expect(looksLikeCurl('https://h/curl x')).toBe(false);
    expect(looksLikeCurl('curl')).toBe(false);
  });
});
