import { describe, expect, it } from 'vitest';
import type { SavedDraft } from '../schemas/saved-workspace.ts';
import { generateSnippet } from './generate-snippet.ts';
import { type SnippetRequest, toSnippetRequest } from './har-request.ts';
import { pyGroupedFields, pyValue } from './python-literals.ts';
import { SNIPPET_TARGETS } from './snippet-targets.ts';

const row = (name: string, value: string) => ({ name, value, enabled: true });
const body = {
  kind: 'none' as const,
  text: '',
  textContentType: 'text/plain',
  fields: [],
  parts: [],
  file: null,
};

function request(change: Partial<SavedDraft> = {}): SnippetRequest {
  const result = toSnippetRequest({
    method: 'POST',
    url: 'http://127.0.0.1:8787/httpbin/post?x=1',
    params: [],
    pathVariables: [],
    headers: [row('X-Custom', 'yes')],
    body: { ...body, kind: 'json', text: '{"name":"Ada"}' },
    auth: { type: 'none' },
    followRedirects: true,
    timeoutMs: 1000,
    ...change,
  });
  if (!result.ok) throw new Error(result.problem);
  return result.request;
}

describe('generateSnippet', () => {
  it.each(SNIPPET_TARGETS.map((t) => [t.id, t] as const))('%s writes code that names the address', (id) => {
    const { code } = generateSnippet(request(), id);
    expect(code).toContain('127.0.0.1:8787');
    expect(code).toContain('X-Custom');
  });

  it('refuses a target it does not know, in words', () => {
    expect(() => generateSnippet(request(), 'cobol')).toThrow('There is no code generator called "cobol".');
  });

  it('keeps the address exactly as the playground sends it (httpsnippet would re-encode the query)', () => {
    const r = request({ url: 'http://127.0.0.1:8787/get?ram[from]=8&q=a+b&e=' });
    expect(generateSnippet(r, 'python-requests').code).toContain(
      '"http://127.0.0.1:8787/get?ram[from]=8&q=a+b&e="',
    );
    expect(generateSnippet(r, 'go').code).toContain('"http://127.0.0.1:8787/get?ram[from]=8&q=a+b&e="');
  });

  it('tells curl not to read brackets as a pattern', () => {
    const code = generateSnippet(request({ url: 'http://127.0.0.1/get?ram[from]=8' }), 'shell-curl').code;
    expect(code.split('\n').slice(0, 2)).toEqual(['curl --request POST \\', '  --globoff \\']);
    expect(generateSnippet(request(), 'shell-curl').code).not.toContain('--globoff');
  });

  it('has requests send a text body as UTF-8 bytes', () => {
    const r = request({ body: { ...body, kind: 'text', text: 'héllo ✓' } });
    expect(generateSnippet(r, 'python-requests').code).toContain('payload = "héllo ✓".encode("utf-8")');
  });

  it('reads a whole-file body by name where the generator can, and says so where it cannot', () => {
    const file = new File(['abc'], 'data.bin', { type: 'application/x-test' });
    const r = request({ body: { ...body, kind: 'binary', file } });
    expect(generateSnippet(r, 'shell-curl').code).toContain('--data-binary @data.bin');
    expect(generateSnippet(r, 'python-httpx').code).toContain('with open("data.bin", "rb") as file:');
    expect(generateSnippet(r, 'node-fetch').code).toContain('body: await openAsBlob("data.bin"),');
    expect(generateSnippet(r, 'python-requests').notes).toContain(
      'The body is the file “data.bin”, which this generator cannot read: the code sends no body. Read the file’s bytes and send them as the body.',
    );
  });

  it('says how each generator gets the files of an upload', () => {
    const parts = [
      { ...row('title', 'cat'), kind: 'text' as const, file: null },
      { ...row('photo', ''), kind: 'file' as const, file: new File(['x'], 'cat.png', { type: 'image/png' }) },
    ];
    const r = request({ body: { ...body, kind: 'multipart', parts } });
    expect(generateSnippet(r, 'python-aiohttp').notes).toContain(
      'Files are read by name from the folder the code runs in.',
    );
    expect(generateSnippet(r, 'go').notes.join(' ')).toMatch(/does not read files/);
    expect(generateSnippet(r, 'swift').notes.join(' ')).toMatch(
      /as UTF-8 text, which works for text files only/,
    );
    const page = generateSnippet(r, 'javascript-fetch');
    expect(page.code).toContain(
      `form.append("photo", document.querySelector("input[type=file][name='photo']").files[0], "cat.png");`,
    );
    expect(page.notes.join(' ')).toMatch(/A page cannot open a file by name/);
  });

  it('tells that a page cannot set the Cookie header', () => {
    const r = request({ headers: [row('Cookie', 'a=1')] });
    expect(generateSnippet(r, 'javascript-fetch').notes).toContain(
      'A page cannot set the Cookie header: the browser leaves it out and sends its own cookies for that site.',
    );
  });

  it('warns that the code carries credentials, as the user typed them', () => {
    const r = request({ auth: { type: 'bearer', token: 'secret-token' } });
    const { code, notes } = generateSnippet(r, 'python-httpx');
    expect(code).toContain('"Authorization": "Bearer secret-token"');
    expect(notes[0]).toMatch(/carries your Authorization header as typed/);
  });

  it('follows redirects in httpx and aiohttp only when the playground would', () => {
    expect(generateSnippet(request(), 'python-httpx').code).toContain('follow_redirects=True');
    const manual = request({ followRedirects: false });
    expect(generateSnippet(manual, 'python-httpx').code).not.toContain('follow_redirects');
    expect(generateSnippet(manual, 'python-aiohttp').code).toContain('allow_redirects=False');
    expect(generateSnippet(manual, 'node-fetch').code).toContain("redirect: 'manual',");
    expect(generateSnippet(manual, 'python-urllib').code).toContain(
      'opener = request.build_opener(KeepRedirects)',
    );
  });
});

describe('Python literals', () => {
  it('writes JSON values as Python', () => {
    expect(pyValue({ a: [true, null, 1.5, 'x"y'], b: {} })).toBe(
      '{\n    "a": [True, None, 1.5, "x\\"y"],\n    "b": {}\n}',
    );
  });

  it('groups a repeated form field into a list of values', () => {
    expect(
      pyGroupedFields([
        ['a', '1'],
        ['b', '2'],
        ['a', '3'],
      ]),
    ).toBe('{\n    "a": ["1", "3"],\n    "b": "2"\n}');
  });
});
