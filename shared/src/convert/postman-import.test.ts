import { describe, expect, it } from 'vitest';
import realExport from './fixtures/httpbin-org-api.postman_collection.json?raw';
import { POSTMAN_SCHEMA_V21 } from './postman-export.ts';
import { readImportFile } from './read-import-file.ts';
import { imported, requestsOf } from './test-helpers.ts';

const postman = (item: unknown[], extra: object = {}) =>
  JSON.stringify({ info: { name: 'Demo', schema: POSTMAN_SCHEMA_V21 }, item, ...extra });
const only = (text: string) => requestsOf(imported(readImportFile(text)).collections[0]!.items)[0]!;

describe('a real Postman v2.1 export', () => {
  const result = imported(readImportFile(realExport, 'httpbinorg API.postman_collection.json'));
  const collection = result.collections[0]!;
  const requests = requestsOf(collection.items);

  it('keeps the folders, their order and every request', () => {
    expect(result.format).toBe('postman-collection');
    expect(collection.name).toBe('httpbinorg API');
    expect(collection.items.map((i) => i.name)).toEqual([
      'Http Methods',
      'Auth',
      'Status Codes',
      'Request Inspection',
      'Response Formats',
    ]);
    expect(requests).toHaveLength(20);
    expect(requests.map((r) => `${r.draft.method} ${r.draft.url}`).slice(0, 5)).toEqual([
      'GET {{baseURL}}/get',
      'POST {{baseURL}}/post',
      'PUT {{baseURL}}/put',
      'PATCH {{baseURL}}/patch',
      'DELETE {{baseURL}}/delete',
    ]);
  });

  it('keeps the {{variables}} verbatim and the collection variables', () => {
    expect(collection.variables).toEqual([
      { name: 'baseURL', value: 'httpbin.org', enabled: true, secret: false },
      { name: 'codes', value: '101', enabled: true, secret: false },
    ]);
    expect(requests.filter((r) => r.path[0] === 'Status Codes').map((r) => r.draft.url)).toEqual(
      Array(5).fill('{{baseURL}}/status/{{codes}}'),
    );
  });

  it('imports Basic and Bearer auth and the headers; Digest becomes a note', () => {
    const auth = requests.filter((r) => r.path[0] === 'Auth');
    expect(auth.map((r) => r.draft.auth)).toEqual([
      { type: 'basic', username: 'mostafa', password: '123' },
      { type: 'bearer', token: 'habijdfadaa' },
      { type: 'none' },
      { type: 'none' },
    ]);
    expect(auth[0]!.draft.headers).toEqual([{ name: 'accept', value: 'application/json', enabled: true }]);
  });

  it('says in plain words what it could not carry over', () => {
    expect(result.notes).toEqual([
      "23 descriptions of folders or requests were not imported (only the collection's own is kept).",
      '20 requests had test scripts; they were not imported.',
      '2 requests used Digest auth, which HTTP Playground cannot send; imported without auth.',
    ]);
  });

  it('holds complete drafts, as the editor would', () => {
    expect(requests[0]!.draft).toEqual({
      method: 'GET',
      url: '{{baseURL}}/get',
      params: [],
      pathVariables: [],
      headers: [{ name: 'accept', value: 'application/json', enabled: true }],
      body: {
        kind: 'none',
        text: '',
        textContentType: 'text/plain; charset=utf-8',
        fields: [],
        parts: [],
        file: null,
      },
      auth: { type: 'none' },
      followRedirects: true,
      timeoutMs: 300_000,
    });
  });
});

describe('Postman features', () => {
  it('reads the query (disabled rows kept after the others) and path variables', () => {
    const { draft } = only(
      postman([
        {
          name: 'User',
          request: {
            method: 'GET',
            url: {
              raw: '{{baseUrl}}/users/:id/posts?page=2&sort=new%20first',
              host: ['{{baseUrl}}'],
              path: ['users', ':id', 'posts'],
              query: [
                { key: 'page', value: '2' },
                { key: 'debug', value: '1', disabled: true },
                { key: 'sort', value: 'new%20first' },
              ],
              variable: [{ key: 'id', value: '42' }],
            },
          },
        },
      ]),
    );
    expect(draft.url).toBe('{{baseUrl}}/users/:id/posts?page=2&sort=new%20first');
    expect(draft.params).toEqual([
      { name: 'page', value: '2', enabled: true },
      { name: 'sort', value: 'new%20first', enabled: true },
      { name: 'debug', value: '1', enabled: false },
    ]);
    expect(draft.pathVariables).toEqual([{ name: 'id', value: '42', enabled: true }]);
  });

  it('builds the address from its parts when "raw" is missing, and reads a URL given as text', () => {
    const parts = only(
      postman([
        {
          name: 'P',
          request: {
            url: {
              protocol: 'https',
              host: ['api', 'example', 'test'],
              port: '8443',
              path: ['v1', 'items'],
              query: [{ key: 'q', value: 'x' }],
            },
          },
        },
      ]),
    );
    expect(parts.draft.url).toBe('https://api.example.test:8443/v1/items?q=x');
    expect(only(postman([{ name: 'S', request: 'https://example.test/get' }])).draft).toMatchObject({
      method: 'GET',
      url: 'https://example.test/get',
    });
  });

  it('keeps disabled headers, and reads v2.0 header text', () => {
    const rows = only(
      postman([
        {
          name: 'H',
          request: {
            url: 'x',
            header: [
              { key: 'X-On', value: '1' },
              { key: 'X-Off', value: '2', disabled: true },
            ],
          },
        },
      ]),
    ).draft.headers;
    expect(rows).toEqual([
      { name: 'X-On', value: '1', enabled: true },
      { name: 'X-Off', value: '2', enabled: false },
    ]);
    expect(
      only(postman([{ name: 'H', request: { url: 'x', header: 'Accept: text/plain\nX-A: b' } }])).draft
        .headers,
    ).toEqual([
      { name: 'Accept', value: 'text/plain', enabled: true },
      { name: 'X-A', value: 'b', enabled: true },
    ]);
  });

  it("gives a request its folder's or the collection's auth unless it has its own", () => {
    const file = postman(
      [
        { name: 'Inherits', request: { url: 'x' } },
        {
          name: 'Folder',
          auth: { type: 'basic', basic: { username: 'f', password: 'p' } },
          item: [{ name: 'From folder', request: { url: 'x' } }],
        },
        {
          name: 'Own',
          request: { url: 'x', auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{token}}' }] } },
        },
        { name: 'None', request: { url: 'x', auth: { type: 'noauth' } } },
      ],
      { auth: { type: 'bearer', bearer: [{ key: 'token', value: 'collection' }] } },
    );
    expect(requestsOf(imported(readImportFile(file)).collections[0]!.items).map((r) => r.draft.auth)).toEqual(
      [
        { type: 'bearer', token: 'collection' },
        { type: 'basic', username: 'f', password: 'p' },
        { type: 'bearer', token: '{{token}}' },
        { type: 'none' },
      ],
    );
  });

  it('turns API key auth into a header or a query parameter, with a note', () => {
    const key = (where: string) =>
      readImportFile(
        postman([
          {
            name: 'K',
            request: {
              url: 'https://x.test/a',
              auth: {
                type: 'apikey',
                apikey: [
                  { key: 'key', value: 'X-Key' },
                  { key: 'value', value: 's3' },
                  { key: 'in', value: where },
                ],
              },
            },
          },
        ]),
      );
    const header = imported(key('header'));
    expect(requestsOf(header.collections[0]!.items)[0]!.draft.headers).toEqual([
      { name: 'X-Key', value: 's3', enabled: true },
    ]);
    expect(header.notes).toEqual(['1 request used API key auth; the key became a header.']);
    expect(requestsOf(imported(key('query')).collections[0]!.items)[0]!.draft.url).toBe(
      'https://x.test/a?X-Key=s3',
    );
  });

  it('keeps "follow redirects: off" and notes other settings, scripts and saved examples', () => {
    const result = imported(
      readImportFile(
        postman([
          {
            name: 'R',
            protocolProfileBehavior: { followRedirects: false, disableBodyPruning: true },
            event: [
              { listen: 'prerequest', script: { exec: ['pm.variables.set("a", 1)'] } },
              { listen: 'test', script: { exec: [''] } },
            ],
            request: { url: 'x' },
            response: [{ name: 'Example' }],
          },
        ]),
      ),
    );
    expect(requestsOf(result.collections[0]!.items)[0]!.draft.followRedirects).toBe(false);
    expect(result.notes).toEqual([
      '1 saved example response was not imported.',
      '1 request had pre-request scripts; they were not imported.',
      'Request settings of 1 request (such as disableBodyPruning) were not imported.',
    ]);
  });

  it('imports a request without a URL with an empty address, and says so', () => {
    const result = imported(
      readImportFile(postman([{ name: 'Unfinished', request: { method: 'GET', header: [] } }])),
    );
    expect(requestsOf(result.collections[0]!.items)[0]!.draft.url).toBe('');
    expect(result.notes).toEqual(['1 request had no URL; it was imported with an empty address.']);
  });

  it("reads the collection wrapped the way Postman's API returns it, and v2.0", () => {
    const wrapped = JSON.stringify({
      collection: { info: { name: 'W', schema: POSTMAN_SCHEMA_V21 }, item: [] },
    });
    expect(imported(readImportFile(wrapped)).collections[0]!.name).toBe('W');
    const v20 = JSON.stringify({
      info: { name: 'Old', schema: 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json' },
      item: [
        {
          name: 'A',
          request: { url: 'x', auth: { type: 'basic', basic: { username: 'u', password: 'p' } } },
        },
      ],
    });
    expect(only(v20).draft.auth).toEqual({ type: 'basic', username: 'u', password: 'p' });
  });
});
