import { describe, expect, it } from 'vitest';
import fixture from './fixtures/practice-server.insomnia-v4.json?raw';
import { readImportFile } from './read-import-file.ts';
import { imported, requestsOf } from './test-helpers.ts';

const exportOf = (resources: object[]) => JSON.stringify({ _type: 'export', __export_format: 4, resources });
const workspace = { _id: 'wrk_1', _type: 'workspace', parentId: null, name: 'W' };

describe('an Insomnia v4 export', () => {
  const result = imported(readImportFile(fixture, 'practice-server.insomnia-v4.json'));
  const collection = result.collections[0]!;
  const requests = requestsOf(collection.items);

  it('nests request groups by parentId and sorts by metaSortKey, as Insomnia shows them', () => {
    expect(result.format).toBe('insomnia');
    expect(collection.name).toBe('Practice server');
    expect(collection.description).toBe('Requests against the built-in practice server.');
    expect(requests.map((r) => [r.path.join('/'), r.name])).toEqual([
      ['Practice/Users', 'Upload avatar'],
      ['Practice/Users', 'Update user'],
      ['', 'Log in'],
      ['', 'Send a form'],
    ]);
  });

  it('rewrites {{ _.variables }} as {{variables}}, keeps query, path, headers and auth', () => {
    const update = requests.find((r) => r.name === 'Update user')!.draft;
    expect(update).toMatchObject({
      method: 'PUT',
      url: '{{baseUrl}}/anything/users/:id?notify=yes',
      params: [
        { name: 'notify', value: 'yes', enabled: true },
        { name: 'dry run', value: 'true', enabled: false },
      ],
      pathVariables: [{ name: 'id', value: '42', enabled: true }],
      headers: [
        { name: 'Content-Type', value: 'application/json', enabled: true },
        { name: 'X-Debug', value: '1', enabled: false },
      ],
      auth: { type: 'bearer', token: '{{token}}' },
      followRedirects: true,
    });
    expect(update.body).toMatchObject({ kind: 'json', text: '{\n  "name": "Ada",\n  "role": "{{role}}"\n}' });
    expect(requests.find((r) => r.name === 'Log in')!.draft).toMatchObject({
      auth: { type: 'basic', username: 'ada', password: 'lovelace' },
      followRedirects: false,
    });
  });

  it('maps multipart (files to pick, no boundary-less Content-Type) and urlencoded bodies', () => {
    const upload = requests.find((r) => r.name === 'Upload avatar')!.draft;
    expect(upload.headers).toEqual([]);
    expect(upload.body.parts).toEqual([
      { name: 'user', value: 'ada', enabled: true, kind: 'text', file: null },
      { name: 'avatar', value: '', enabled: true, kind: 'file', file: null, wantedFile: 'avatar.png' },
      { name: 'note', value: 'draft', enabled: false, kind: 'text', file: null },
    ]);
    expect(requests.find((r) => r.name === 'Send a form')!.draft.body).toMatchObject({
      kind: 'form-urlencoded',
      fields: [
        { name: 'custname', value: 'Ada Lovelace', enabled: true },
        { name: 'topping', value: 'cheese', enabled: false },
      ],
    });
  });

  it('makes the base environment the collection variables and each sub environment an environment', () => {
    expect(collection.variables).toEqual([
      { name: 'baseUrl', value: 'http://127.0.0.1:8787/httpbin', enabled: true, secret: false },
      { name: 'role', value: 'admin', enabled: true, secret: false },
    ]);
    expect(result.environments).toHaveLength(1);
    expect(result.environments[0]).toMatchObject({
      name: 'Classroom',
      variables: [
        { name: 'token', value: 'classroom-token', enabled: true, secret: false },
        { name: 'user.name', value: 'ada', enabled: true, secret: false },
        { name: 'user.id', value: '42', enabled: true, secret: false },
      ],
    });
    expect(result.notes).toEqual([
      'Environment values that were objects became one variable per field, named like user.name.',
      '1 description of folders or requests was not imported.',
    ]);
  });
});

describe('Insomnia details', () => {
  it('puts requests whose folder is missing or loops at the top, and says so', () => {
    const result = imported(
      readImportFile(
        exportOf([
          workspace,
          { _id: 'fld_a', _type: 'request_group', parentId: 'fld_b', name: 'A' },
          { _id: 'fld_b', _type: 'request_group', parentId: 'fld_a', name: 'B' },
          {
            _id: 'req_1',
            _type: 'request',
            parentId: 'fld_a',
            name: 'In a loop',
            url: 'https://x.test',
            method: 'GET',
          },
          {
            _id: 'req_2',
            _type: 'request',
            parentId: 'fld_gone',
            name: 'Lost',
            url: 'https://x.test',
            method: 'GET',
          },
        ]),
      ),
    );
    expect(requestsOf(result.collections[0]!.items).map((r) => r.name)).toEqual(['In a loop', 'Lost']);
    expect(result.notes).toContain(
      '2 requests had no folder or workspace in the file; they were put at the top.',
    );
  });

  it('notes template tags, unsupported auth and gRPC requests; turns API keys into headers', () => {
    const result = imported(
      readImportFile(
        exportOf([
          workspace,
          {
            _id: 'req_1',
            _type: 'request',
            parentId: 'wrk_1',
            name: 'Tag',
            url: "{% response 'body', 'req_0', '$.url' %}",
            method: 'GET',
            authentication: { type: 'oauth2' },
          },
          {
            _id: 'req_2',
            _type: 'request',
            parentId: 'wrk_1',
            name: 'Key',
            url: 'https://x.test',
            method: 'GET',
            authentication: { type: 'apikey', key: 'X-Key', value: '{{ _.key }}', addTo: 'header' },
          },
          { _id: 'grpc_1', _type: 'grpc_request', parentId: 'wrk_1', name: 'Stream' },
        ]),
      ),
    );
    expect(requestsOf(result.collections[0]!.items)[1]!.draft.headers).toEqual([
      { name: 'X-Key', value: '{{key}}', enabled: true },
    ]);
    expect(result.notes).toEqual([
      'Insomnia template tags such as {% response %} were kept as written; HTTP Playground does not run them.',
      '1 gRPC request was not imported.',
      '1 request used OAuth 2.0 auth, which HTTP Playground cannot send; imported without auth.',
      '1 request used API key auth; the key became a header or query parameter.',
    ]);
  });

  it('refuses resources it cannot place, naming which', () => {
    const result = readImportFile(exportOf([workspace, { _type: 'request', name: 'No id' }]));
    expect(result).toEqual({
      ok: false,
      problem: 'the Insomnia export: resource 2 has no "_id" or "_type", so it cannot be placed.',
    });
  });

  it('treats __proto__ ids and environment keys as plain data', () => {
    const result = imported(
      readImportFile(
        exportOf([
          { ...workspace, _id: '__proto__' },
          {
            _id: 'constructor',
            _type: 'request',
            parentId: '__proto__',
            name: 'R',
            url: 'https://x.test',
            method: 'GET',
          },
          {
            _id: 'env_1',
            _type: 'environment',
            parentId: '__proto__',
            data: JSON.parse('{"__proto__": {"polluted": "yes"}}'),
          },
        ]),
      ),
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(requestsOf(result.collections[0]!.items).map((r) => r.name)).toEqual(['R']);
    expect(result.collections[0]!.variables).toEqual([
      { name: '__proto__.polluted', value: 'yes', enabled: true, secret: false },
    ]);
  });
});
