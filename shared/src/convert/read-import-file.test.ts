import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CollectionItem } from '../schemas/library.ts';
import { POSTMAN_SCHEMA_V21 } from './postman-export.ts';
import { type ImportResult, readImportFile } from './read-import-file.ts';

const problemOf = (result: ImportResult) => {
  if (result.ok) throw new Error(`expected a refusal, got ${result.format}`);
  return result.problem;
};
const postman = (item: unknown[], extra: object = {}) =>
  JSON.stringify({ info: { name: 'Demo', schema: POSTMAN_SCHEMA_V21 }, item, ...extra });
const get = (name: string, url = 'https://example.test/') => ({ name, request: { method: 'GET', url } });

describe('readImportFile: what the file is', () => {
  it('refuses text that is no known format, saying what it reads', () => {
    expect(problemOf(readImportFile('hello there', 'notes.txt'))).toBe(
      'This file is not a collection HTTP Playground can read: expected a Postman v2.1 (or v2.0) collection, a Postman environment, an Insomnia v4 export (JSON), a HAR file, an HTTP Playground collection, or a curl command.',
    );
    expect(problemOf(readImportFile('{"some": "json"}'))).toContain(
      'is not a collection HTTP Playground can read',
    );
    expect(problemOf(readImportFile('[1, 2, 3]'))).toContain('is not a collection HTTP Playground can read');
  });

  it('says where broken JSON breaks', () => {
    expect(
      problemOf(readImportFile('{\n  "info": {\n    "name": "x",\n  }\n}', 'a.postman_collection.json')),
    ).toBe('The file is not valid JSON: line 3, column 16: a comma before "}" is not allowed in JSON.');
  });

  it('recognises old and neighbouring formats and says how to get a readable one', () => {
    expect(
      problemOf(readImportFile(JSON.stringify({ id: 'x', name: 'Old', order: [], requests: [] }))),
    ).toContain('old v1 format. In Postman, export it again as "Collection v2.1"');
    expect(
      problemOf(readImportFile(JSON.stringify({ _type: 'export', __export_format: 3, resources: [] }))),
    ).toContain('Insomnia export in format 3; HTTP Playground reads format 4');
    expect(problemOf(readImportFile('type: collection.insomnia.rest/5.0\nname: x\n', 'x.yaml'))).toContain(
      'Insomnia v5 (YAML) file',
    );
    expect(problemOf(readImportFile('_type: export\n__export_format: 4\n', 'x.yaml'))).toContain(
      'Insomnia export in YAML',
    );
    expect(problemOf(readImportFile(''))).toBe('The file is empty.');
    expect(problemOf(readImportFile(42 as unknown as string))).toContain('could not be read as text');
  });

  it('reads a file that starts with a byte order mark', () => {
    const result = readImportFile(`\uFEFF${postman([get('One')])}`);
    expect(result.ok && result.format).toBe('postman-collection');
  });

  it('reads a curl command as a one-request collection', () => {
    const result = readImportFile(
      `curl -u ada:pw -H 'Accept: application/json' https://example.test/basic-auth/ada/pw`,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.format).toBe('curl');
    const [request] = result.collections[0]!.items as Extract<CollectionItem, { type: 'request' }>[];
    expect(request!.draft).toMatchObject({
      method: 'GET',
      url: 'https://example.test/basic-auth/ada/pw',
      headers: [{ name: 'Accept', value: 'application/json', enabled: true }],
      auth: { type: 'basic', username: 'ada', password: 'pw' },
      followRedirects: false,
      timeoutMs: 300_000,
    });
  });
});

describe('readImportFile: hostile or broken files', () => {
  it('refuses a file over the size limit before parsing it, with both sizes', () => {
    const huge = `{"info": {"name": "${'a'.repeat(21 * 1024 * 1024)}"}}`;
    expect(problemOf(readImportFile(huge))).toBe(
      'The file is 21 MB; HTTP Playground reads files up to 20 MB. Split the collection into smaller ones and import them one by one.',
    );
  });

  it('refuses folders nested beyond 32 levels, naming the path', () => {
    let item: object = get('Deepest');
    for (let level = 40; level >= 1; level -= 1) item = { name: `Level ${level}`, item: [item] };
    expect(problemOf(readImportFile(postman([item])))).toBe(
      'item "Level 1" > "Level 2" > … > "Level 32" > "Level 33": folders are nested more than 32 levels deep; HTTP Playground keeps at most 32 levels.',
    );
  });

  it('refuses data nested absurdly deep anywhere in the file', () => {
    // Built as text: even JSON.stringify overflows its stack on data this deep.
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const file = postman([get('One')]).replace(/}$/, `, "variable": ${deep}}`);
    expect(problemOf(readImportFile(file))).toContain('nests its data more than 200 levels deep');
  });

  it('refuses more than 10,000 requests', () => {
    const items = Array.from({ length: 10_001 }, (_, i) => get(`R${i}`));
    expect(problemOf(readImportFile(postman(items)))).toBe(
      'The file holds more than 10,000 requests; HTTP Playground imports at most that many at a time. Split it into smaller collections.',
    );
  });

  it('names the item whose shape is wrong', () => {
    const file = postman([
      { name: 'Users', item: [{ name: 'Create user', request: { method: 'POST', url: 'x', header: 42 } }] },
    ]);
    expect(problemOf(readImportFile(file))).toBe(
      'item "Users" > "Create user": the headers should be a list, but it is a number.',
    );
    expect(problemOf(readImportFile(postman([{ name: 'Users', item: [{ name: 'Odd' }] }])))).toBe(
      'item "Users" > "Odd": this is neither a request (no "request") nor a folder (no "item" list).',
    );
    expect(problemOf(readImportFile(postman([{ name: 'A', request: { url: 12 } }])))).toBe(
      'item "A": the URL should be text or an object with "raw", but it is a number.',
    );
    expect(problemOf(readImportFile(postman(['just text'])))).toBe(
      'item "#1": should be a request or a folder, but it is text.',
    );
  });

  it('treats __proto__, constructor and prototype keys as plain data and pollutes nothing', () => {
    const hostile = `{
      "info": { "name": "__proto__", "schema": "${POSTMAN_SCHEMA_V21}", "__proto__": { "polluted": "info" } },
      "__proto__": { "polluted": "root" },
      "constructor": { "prototype": { "polluted": "ctor" } },
      "item": [{
        "name": "constructor",
        "__proto__": { "polluted": "item" },
        "request": {
          "method": "GET", "url": { "raw": "https://example.test/?__proto__=1", "__proto__": { "polluted": "url" } },
          "header": [{ "key": "__proto__", "value": "x" }, { "key": "constructor", "value": "y" }],
          "body": { "mode": "urlencoded", "urlencoded": [{ "key": "prototype", "value": "z" }] }
        }
      }],
      "variable": [{ "key": "__proto__", "value": "{\\"polluted\\": true}" }, { "key": "toString", "value": "v" }]
    }`;
    const result = readImportFile(hostile);
    if (!result.ok) throw new Error(result.problem);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const collection = result.collections[0]!;
    expect(collection.name).toBe('__proto__');
    expect(collection.variables.map((v) => v.name)).toEqual(['__proto__', 'toString']);
    const request = collection.items[0] as Extract<CollectionItem, { type: 'request' }>;
    expect(request.name).toBe('constructor');
    expect(request.draft.headers.map((h) => h.name)).toEqual(['__proto__', 'constructor']);
    expect(request.draft.params).toEqual([{ name: '__proto__', value: '1', enabled: true }]);
    expect(Object.getPrototypeOf(request.draft)).toBe(Object.prototype);
  });

  it('never throws, whatever the text or the JSON value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ info: { schema: POSTMAN_SCHEMA_V21 }, item: v })),
        ),
        (text) => {
          const result = readImportFile(text);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.problem).not.toContain('unexpected error');
        },
      ),
      { numRuns: 300 },
    );
  });
});
