import { describe, expect, it } from 'vitest';
import {
  draftToSpec,
  newDraft,
  newRow,
  sentContentType,
  userHeader,
  withParams,
  withUrl,
} from './request-draft.ts';

const noUpload = async () => {
  throw new Error('no files here');
};

describe('URL and Params stay in step', () => {
  it('pasting a URL fills the table', () => {
    const draft = newDraft('GET', 'http://127.0.0.1:8787/httpbin/get?name=Ada&ram[from]=8');
    expect(draft.params.map((p) => [p.name, p.value])).toEqual([
      ['name', 'Ada'],
      ['ram[from]', '8'],
    ]);
  });

  it('editing the table rewrites the query, encoded as a browser would', () => {
    const draft = newDraft('GET', 'http://localhost/get?a=1');
    const edited = withParams(draft, [
      ...draft.params,
      newRow('q', 'hello world'),
      newRow('off', 'x', false),
    ]);
    expect(edited.url).toBe('http://localhost/get?a=1&q=hello%20world');
  });

  it('keeps disabled params when the URL is edited', () => {
    const draft = withParams(newDraft('GET', 'http://localhost/get'), [
      newRow('a', '1'),
      newRow('b', '2', false),
    ]);
    const edited = withUrl(draft, 'http://localhost/get?a=1&c=3');
    expect(edited.params.map((p) => [p.name, p.enabled])).toEqual([
      ['a', true],
      ['c', true],
      ['b', false],
    ]);
  });

  it('path variables follow the :name segments and keep their values', () => {
    let draft = newDraft('GET', 'http://localhost/users/:id');
    expect(draft.pathVariables.map((v) => v.name)).toEqual(['id']);
    draft = { ...draft, pathVariables: [{ ...draft.pathVariables[0]!, value: '42' }] };
    draft = withUrl(draft, 'http://localhost/users/:id/posts/:post');
    expect(draft.pathVariables.map((v) => [v.name, v.value])).toEqual([
      ['id', '42'],
      ['post', ''],
    ]);
  });
});

describe('draftToSpec', () => {
  it('sends the query exactly as the URL box shows it, without the fragment', async () => {
    const spec = await draftToSpec(newDraft('GET', 'httpbin.org/get?a=1&empty=&flag#frag'), noUpload);
    expect(spec.url).toBe('httpbin.org/get?a=1&empty=&flag');
    expect(spec.params).toEqual([]);
  });

  it('sends what the Params table wrote into the URL, disabled rows left out', async () => {
    const draft = withParams(newDraft('GET', 'http://x/get'), [
      newRow('q', 'a b'),
      newRow('off', '1', false),
    ]);
    const spec = await draftToSpec(draft, noUpload);
    expect(spec.url).toBe('http://x/get?q=a%20b');
  });

  it('gives xml and html bodies their content type', async () => {
    const draft = newDraft('POST', 'http://x/');
    const spec = await draftToSpec(
      { ...draft, body: { ...draft.body, kind: 'xml', text: '<a/>' } },
      noUpload,
    );
    expect(spec.body).toEqual({ kind: 'text', text: '<a/>', contentType: 'application/xml' });
  });

  it('uploads files and references them', async () => {
    const draft = newDraft('POST', 'http://x/');
    const file = new File(['hello'], 'hello.txt', { type: 'text/plain' });
    const spec = await draftToSpec(
      {
        ...draft,
        body: {
          ...draft.body,
          kind: 'multipart',
          parts: [
            { ...newRow('title', 'Hi'), kind: 'text', file: null },
            { ...newRow('upload', ''), kind: 'file', file },
          ],
        },
      },
      async (f) => ({ blobId: 'blob-12345678', size: f.size }),
    );
    expect(spec.body).toEqual({
      kind: 'multipart',
      parts: [
        { kind: 'text', name: 'title', value: 'Hi', enabled: true },
        {
          kind: 'file',
          name: 'upload',
          enabled: true,
          file: { blobId: 'blob-12345678', fileName: 'hello.txt', contentType: 'text/plain', size: 5 },
        },
      ],
    });
  });
});

describe('the Content-Type that will be sent', () => {
  it('follows the body kind', () => {
    const draft = newDraft('POST', 'http://h/');
    expect(sentContentType(draft)).toBeNull();
    expect(sentContentType({ ...draft, body: { ...draft.body, kind: 'json' } })).toEqual({
      value: 'application/json',
      from: 'body',
    });
  });

  it('comes from Headers when the user set one there (any case, enabled)', () => {
    const draft = newDraft('POST', 'http://h/');
    const body = { ...draft.body, kind: 'json' as const };
    const headers = [newRow('content-type', 'text/plain'), newRow('Content-Type', 'application/ld+json')];
    expect(sentContentType({ ...draft, body, headers })).toEqual({
      value: 'application/ld+json',
      from: 'headers',
    });
    const off = [newRow('Content-Type', 'text/plain', false)];
    expect(sentContentType({ ...draft, body, headers: off })?.from).toBe('body');
    expect(userHeader({ headers }, 'CONTENT-TYPE')?.value).toBe('application/ld+json');
  });
});

describe('path variables', () => {
  it('sends the filled ones and leaves an empty one as written', async () => {
    const draft = newDraft('GET', 'http://h/users/:id/posts/:post');
    const filled = {
      ...draft,
      pathVariables: draft.pathVariables.map((v) => (v.name === 'id' ? { ...v, value: '7' } : v)),
    };
    const spec = await draftToSpec(filled, noUpload);
    expect(spec.pathVariables).toEqual([{ name: 'id', value: '7', enabled: true }]);
  });
});
