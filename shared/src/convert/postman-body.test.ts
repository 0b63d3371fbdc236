import { describe, expect, it } from 'vitest';
import { POSTMAN_SCHEMA_V21 } from './postman-export.ts';
import { readImportFile } from './read-import-file.ts';
import { imported, requestsOf } from './test-helpers.ts';

const postman = (item: unknown[]) =>
  JSON.stringify({ info: { name: 'Demo', schema: POSTMAN_SCHEMA_V21 }, item });
const only = (text: string) => requestsOf(imported(readImportFile(text)).collections[0]!.items)[0]!;

describe('Postman bodies', () => {
  it('maps raw bodies by language, or by Content-Type without one', () => {
    const raw = (options: object | undefined, header: object[] = []) =>
      only(
        postman([
          {
            name: 'B',
            request: {
              method: 'POST',
              url: 'x',
              header,
              body: { mode: 'raw', raw: '<a/>', ...(options ? { options } : {}) },
            },
          },
        ]),
      ).draft.body;
    expect(raw({ raw: { language: 'json' } })).toMatchObject({ kind: 'json', text: '<a/>' });
    expect(raw({ raw: { language: 'xml' } }).kind).toBe('xml');
    expect(raw({ raw: { language: 'html' } }).kind).toBe('html');
    expect(raw({ raw: { language: 'text' } })).toMatchObject({
      kind: 'text',
      textContentType: 'text/plain; charset=utf-8',
    });
    expect(raw({ raw: { language: 'javascript' } })).toMatchObject({
      kind: 'text',
      textContentType: 'application/javascript',
    });
    expect(raw(undefined, [{ key: 'Content-Type', value: 'application/vnd.api+json' }]).kind).toBe('json');
    expect(raw(undefined).kind).toBe('text');
  });

  it('maps urlencoded, form-data (files become files to pick), file and GraphQL bodies', () => {
    const body = (b: object) =>
      only(postman([{ name: 'B', request: { method: 'POST', url: 'x', body: b } }])).draft.body;
    expect(
      body({
        mode: 'urlencoded',
        urlencoded: [
          { key: 'a', value: 'b c' },
          { key: 'd', value: 'e', disabled: true },
        ],
      }),
    ).toMatchObject({
      kind: 'form-urlencoded',
      fields: [
        { name: 'a', value: 'b c', enabled: true },
        { name: 'd', value: 'e', enabled: false },
      ],
    });
    expect(
      body({
        mode: 'formdata',
        formdata: [
          { key: 'note', value: 'hi', type: 'text' },
          { key: 'photo', type: 'file', src: '/Users/ada/Pictures/cat.png' },
        ],
      }).parts,
    ).toEqual([
      { name: 'note', value: 'hi', enabled: true, kind: 'text', file: null },
      { name: 'photo', value: '', enabled: true, kind: 'file', file: null, wantedFile: 'cat.png' },
    ]);
    expect(body({ mode: 'file', file: { src: 'C:\\data\\upload.bin' } })).toMatchObject({
      kind: 'binary',
      file: null,
      wantedFile: 'upload.bin',
    });
    const graphql = body({ mode: 'graphql', graphql: { query: '{ me { id } }', variables: '{"a": 1}' } });
    expect(graphql.kind).toBe('json');
    expect(JSON.parse(graphql.text)).toEqual({ query: '{ me { id } }', variables: { a: 1 } });
  });
});
