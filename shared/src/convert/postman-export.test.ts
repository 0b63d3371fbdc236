import { describe, expect, it } from 'vitest';
import type { Collection, CollectionItem, Environment } from '../schemas/library.ts';
import type { SavedBody, SavedDraft } from '../schemas/saved-workspace.ts';
import { buildDraft, emptyBody, newCollection } from './draft.ts';
import realExport from './fixtures/httpbin-org-api.postman_collection.json?raw';
import { toPostmanEnvironment } from './postman-environment.ts';
import { POSTMAN_SCHEMA_V21, toPostmanCollection } from './postman-export.ts';
import { readImportFile } from './read-import-file.ts';
import { asJson, collectionContent, filesAsWanted, imported, requestsOf } from './test-helpers.ts';

const request = (name: string, draft: SavedDraft): CollectionItem => ({
  type: 'request',
  id: `r-${name}`,
  name,
  draft,
});
const body = (change: Partial<SavedBody>): SavedBody => ({ ...emptyBody(), ...change });
const missing = (name: string) => ({ missing: true as const, name, size: 12, type: 'image/png' });

/** Every feature the Postman format can carry, in one collection. */
function everything(): Collection {
  const items: CollectionItem[] = [
    request(
      'Get user',
      buildDraft({
        url: 'https://{{host}}:8443/users/:id/posts?page=2&tag=a%20b&flag#top',
        disabledParams: [{ name: 'debug', value: '1', enabled: false }],
        pathValues: [{ name: 'id', value: '{{userId}}', enabled: true }],
        headers: [
          { name: 'Accept', value: 'application/json', enabled: true },
          { name: 'X-Off', value: 'nope', enabled: false },
        ],
        auth: { type: 'bearer', token: '{{token}}' },
        followRedirects: false,
      }),
    ),
    {
      type: 'folder',
      id: 'f-bodies',
      name: 'Bodies',
      items: [
        request(
          'JSON',
          buildDraft({
            method: 'POST',
            url: '{{baseUrl}}/post',
            body: body({ kind: 'json', text: '{"a": 1}' }),
            auth: { type: 'basic', username: 'ada', password: 'pw' },
          }),
        ),
        request(
          'CSV',
          buildDraft({
            method: 'PUT',
            url: '{{baseUrl}}/put',
            body: body({ kind: 'text', text: 'a,b\n1,2', textContentType: 'text/csv' }),
          }),
        ),
        request(
          'XML',
          buildDraft({ method: 'POST', url: '{{baseUrl}}/xml', body: body({ kind: 'xml', text: '<a/>' }) }),
        ),
        request(
          'HTML',
          buildDraft({
            method: 'POST',
            url: '{{baseUrl}}/html',
            body: body({ kind: 'html', text: '<p>hi</p>' }),
          }),
        ),
        {
          type: 'folder',
          id: 'f-forms',
          name: 'Forms',
          items: [
            request(
              'Form',
              buildDraft({
                method: 'POST',
                url: '{{baseUrl}}/post',
                body: body({
                  kind: 'form-urlencoded',
                  fields: [
                    { name: 'a', value: 'b c', enabled: true },
                    { name: 'off', value: 'x', enabled: false },
                  ],
                }),
              }),
            ),
            request(
              'Upload',
              buildDraft({
                method: 'POST',
                url: '{{baseUrl}}/post',
                body: body({
                  kind: 'multipart',
                  parts: [
                    { name: 'note', value: 'hi', enabled: true, kind: 'text', file: null },
                    {
                      name: 'photo',
                      value: '',
                      enabled: true,
                      kind: 'file',
                      file: null,
                      wantedFile: 'cat.png',
                    },
                    { name: 'old', value: '', enabled: false, kind: 'file', file: missing('old.png') },
                  ],
                }),
              }),
            ),
            request(
              'Binary',
              buildDraft({
                method: 'PUT',
                url: '{{baseUrl}}/put',
                body: body({ kind: 'binary', file: missing('data.bin') }),
              }),
            ),
            // Switched to "none" after typing JSON: the text is kept, no body is sent.
            request(
              'Leftover',
              buildDraft({
                method: 'GET',
                url: '{{baseUrl}}/get',
                body: body({ kind: 'none', text: '{"kept": true}' }),
              }),
            ),
          ],
        },
      ],
    },
    { type: 'folder', id: 'f-empty', name: 'Empty folder', items: [] },
  ];
  return {
    ...newCollection('Everything', items, {
      description: 'All the **features**.',
      variables: [
        { name: 'baseUrl', value: 'http://127.0.0.1:8787/httpbin', enabled: true, secret: false },
        { name: 'token', value: 's3cret', enabled: true, secret: true },
        { name: 'unused', value: 'x', enabled: false, secret: false },
      ],
    }),
  };
}

const reimport = (json: object) => imported(readImportFile(JSON.stringify(json, null, '\t'))).collections[0]!;

describe('toPostmanCollection', () => {
  it('writes a Postman v2.1 collection: info, item tree, URL objects, headers, body modes, auth, variables', () => {
    const json = asJson(toPostmanCollection(everything(), { includeSecrets: false }));
    expect(json.info).toEqual({
      _postman_id: expect.any(String),
      name: 'Everything',
      description: 'All the **features**.',
      schema: POSTMAN_SCHEMA_V21,
    });
    expect(json.item.map((i: { name: string }) => i.name)).toEqual(['Get user', 'Bodies', 'Empty folder']);
    expect(json.item[0]).toEqual({
      name: 'Get user',
      protocolProfileBehavior: { followRedirects: false },
      request: {
        auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{token}}', type: 'string' }] },
        method: 'GET',
        header: [
          { key: 'Accept', value: 'application/json', type: 'text' },
          { key: 'X-Off', value: 'nope', type: 'text', disabled: true },
        ],
        url: {
          raw: 'https://{{host}}:8443/users/:id/posts?page=2&tag=a%20b&flag#top',
          protocol: 'https',
          host: ['{{host}}'],
          port: '8443',
          path: ['users', ':id', 'posts'],
          query: [
            { key: 'page', value: '2' },
            { key: 'tag', value: 'a%20b' },
            { key: 'flag', value: '' },
            { key: 'debug', value: '1', disabled: true },
          ],
          variable: [{ key: 'id', value: '{{userId}}' }],
          hash: 'top',
        },
      },
      response: [],
    });
    const [jsonBody, csv] = json.item[1].item;
    expect(jsonBody.request.body).toEqual({
      mode: 'raw',
      raw: '{"a": 1}',
      options: { raw: { language: 'json' } },
    });
    expect(jsonBody.request.auth).toEqual({
      type: 'basic',
      basic: [
        { key: 'username', value: 'ada', type: 'string' },
        { key: 'password', value: 'pw', type: 'string' },
      ],
    });
    expect(csv.request.body.options.raw.language).toBe('text');
    const forms = json.item[1].item[4].item;
    expect(forms[0].request.body).toEqual({
      mode: 'urlencoded',
      urlencoded: [
        { key: 'a', value: 'b c', type: 'text' },
        { key: 'off', value: 'x', type: 'text', disabled: true },
      ],
    });
    expect(forms[1].request.body).toEqual({
      mode: 'formdata',
      formdata: [
        { key: 'note', value: 'hi', type: 'text' },
        { key: 'photo', type: 'file', src: 'cat.png' },
        { key: 'old', type: 'file', src: 'old.png', disabled: true },
      ],
    });
    expect(forms[2].request.body).toEqual({ mode: 'file', file: { src: 'data.bin' } });
    expect(json.variable).toEqual([
      { key: 'baseUrl', value: 'http://127.0.0.1:8787/httpbin', type: 'string' },
      { key: 'token', value: '', type: 'secret' },
      { key: 'unused', value: 'x', type: 'string', disabled: true },
    ]);
  });

  it('re-imports losslessly: requests, params, path variables, headers, every body kind, auth, folders, variables', () => {
    const original = everything();
    const back = reimport(toPostmanCollection(original, { includeSecrets: true }));
    expect(collectionContent(back)).toEqual(collectionContent(filesAsWanted(original)));
  });

  it('blanks secret variables unless asked to include them', () => {
    const back = reimport(toPostmanCollection(everything(), { includeSecrets: false }));
    expect(back.variables.find((v) => v.name === 'token')).toEqual({
      name: 'token',
      value: '',
      enabled: true,
      secret: true,
    });
  });

  it('keeps a real Postman export stable: import, export, import gives the same collection', () => {
    const first = imported(readImportFile(realExport)).collections[0]!;
    const second = reimport(toPostmanCollection(first, { includeSecrets: true }));
    expect(collectionContent(second)).toEqual(collectionContent(first));
    expect(requestsOf(second.items)).toHaveLength(20);
  });
});

describe('toPostmanEnvironment', () => {
  const environment: Environment = {
    id: 'env-1',
    name: 'Class',
    variables: [
      { name: 'baseUrl', value: 'http://127.0.0.1:8787', enabled: true, secret: false },
      { name: 'token', value: 'abc', enabled: true, secret: true },
      { name: 'old', value: 'x', enabled: false, secret: false },
    ],
  };

  it('writes a Postman environment with secrets blanked unless included', () => {
    const json = asJson(toPostmanEnvironment(environment, { includeSecrets: false }));
    expect(json).toMatchObject({ id: 'env-1', name: 'Class', _postman_variable_scope: 'environment' });
    expect(json.values).toEqual([
      { key: 'baseUrl', value: 'http://127.0.0.1:8787', type: 'default', enabled: true },
      { key: 'token', value: '', type: 'secret', enabled: true },
      { key: 'old', value: 'x', type: 'default', enabled: false },
    ]);
  });

  it('re-imports as the same environment', () => {
    const text = JSON.stringify(toPostmanEnvironment(environment, { includeSecrets: true }));
    const back = imported(readImportFile(text)).environments[0]!;
    expect({ ...back, id: 'env-1' }).toEqual(environment);
  });
});
