import { describe, expect, it } from 'vitest';
import fixture from './fixtures/practice-server.har?raw';
import { readImportFile } from './read-import-file.ts';
import { imported, requestsOf } from './test-helpers.ts';

describe('importing a HAR file', () => {
  const result = imported(readImportFile(fixture, 'practice-server.har'));
  const requests = requestsOf(result.collections[0]!.items);

  it('makes one collection with a request per entry, in order', () => {
    expect(result.format).toBe('har');
    expect(result.collections[0]!.name).toBe('http://127.0.0.1:8787/httpbin/forms/post');
    expect(requests.map((r) => r.name)).toEqual([
      'GET /httpbin/get',
      'POST /httpbin/anything/users',
      'POST /httpbin/post',
      'POST /httpbin/post',
    ]);
  });

  it('keeps the URL with its query, and the headers the user could have set', () => {
    expect(requests[0]!.draft).toMatchObject({
      method: 'GET',
      url: 'http://127.0.0.1:8787/httpbin/get?course=http&lesson=2',
      params: [
        { name: 'course', value: 'http', enabled: true },
        { name: 'lesson', value: '2', enabled: true },
      ],
    });
    expect(requests[0]!.draft.headers.map((h) => h.name)).toEqual([
      'Accept',
      'Accept-Encoding',
      'User-Agent',
    ]);
    expect(requests[1]!.draft.headers).toEqual([
      { name: 'Accept', value: 'application/json', enabled: true },
      { name: 'Content-Type', value: 'application/json', enabled: true },
      { name: 'Authorization', value: 'Bearer practice-token', enabled: true },
    ]);
  });

  it('reads JSON, urlencoded (decoded from the exact text) and multipart bodies', () => {
    expect(requests[1]!.draft.body).toMatchObject({
      kind: 'json',
      text: '{"name":"Ada Lovelace","role":"admin"}',
    });
    expect(requests[2]!.draft.body.fields).toEqual([
      { name: 'custname', value: 'Ada Lovelace', enabled: true },
      { name: 'size', value: 'medium', enabled: true },
      { name: 'topping', value: 'cheese', enabled: true },
      { name: 'x', value: '&', enabled: true },
    ]);
    expect(requests[3]!.draft.body.parts).toEqual([
      { name: 'user', value: 'ada', enabled: true, kind: 'text', file: null },
      { name: 'avatar', value: '', enabled: true, kind: 'file', file: null, wantedFile: 'avatar.png' },
    ]);
    // The recorded boundary would not match the one sent next time.
    expect(requests[3]!.draft.headers).toEqual([]);
    expect(result.notes).toEqual([
      'Headers the HTTP client writes itself (Host, Content-Length, Connection, HTTP/2 pseudo-headers) were left out; they are added when the request is sent.',
      'Files sent in form fields are named but not included in a HAR file: pick them again before sending.',
    ]);
  });

  it('refuses an entry without a URL, naming it', () => {
    const har = JSON.stringify({
      log: {
        version: '1.2',
        entries: [
          { request: { method: 'GET', url: 'http://x.test/' } },
          { request: { method: 'POST', url: '' } },
        ],
      },
    });
    expect(readImportFile(har)).toEqual({ ok: false, problem: 'entry 2: the request has no URL.' });
  });
});
