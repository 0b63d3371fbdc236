import { parseCurl } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { newDraft, newRow } from '@/lib/request-draft.ts';
import { applyCurlImport, describeCurlImport } from './apply-curl-import.ts';

function imported(command: string) {
  const result = parseCurl(command);
  if (!result.ok) throw new Error(result.message);
  return result.request;
}

describe('applyCurlImport', () => {
  it('replaces the request; the query fills Params and path variables follow', () => {
    const draft = { ...newDraft('GET', 'http://old/?x=1'), headers: [newRow('Old', '1')] };
    const next = applyCurlImport(
      draft,
      imported("curl -X PATCH 'http://h/users/:id?fields=name' -H 'A: 1' -m 5"),
    );
    expect(next.method).toBe('PATCH');
    expect(next.url).toBe('http://h/users/:id?fields=name');
    expect(next.params.map((p) => [p.name, p.value])).toEqual([['fields', 'name']]);
    expect(next.pathVariables.map((p) => p.name)).toEqual(['id']);
    expect(next.headers.map((h) => [h.name, h.value])).toEqual([['A', '1']]);
    expect(next.timeoutMs).toBe(5000);
    expect(next.followRedirects).toBe(false);
  });

  it('brings form fields, JSON and auth into the body and auth tabs', () => {
    const form = applyCurlImport(newDraft(), imported('curl -d a=1 -d b=2 -u user:passwd http://h/post'));
    expect(form.body.kind).toBe('form-urlencoded');
    expect(form.body.fields.map((f) => [f.name, f.value])).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    expect(form.auth).toEqual({ type: 'basic', username: 'user', password: 'passwd' });
    const json = applyCurlImport(newDraft(), imported(`curl --json '{"a":1}' http://h/post`));
    expect(json.body).toMatchObject({ kind: 'json', text: '{"a":1}' });
  });

  it('turns -F files into file rows waiting for the user to pick them', () => {
    const next = applyCurlImport(newDraft(), imported("curl -F name=Ada -F 'cv=@/tmp/cv.pdf' http://h/post"));
    expect(next.body.kind).toBe('multipart');
    expect(next.body.parts.map((p) => [p.kind, p.name, p.value, p.file, p.wantedFile])).toEqual([
      ['text', 'name', 'Ada', null, undefined],
      ['file', 'cv', '', null, 'cv.pdf'],
    ]);
  });
});

describe('describeCurlImport', () => {
  it('says what came in and what is left to do', () => {
    expect(describeCurlImport(imported('curl -L -d a=1 -H "X: 1" -u u:p http://h/post'))).toBe(
      'Imported from curl: POST, 1 header, form body (1 field), Basic auth, follows redirects.',
    );
    expect(describeCurlImport(imported('curl -F "photo=@C:\\\\pics\\\\cat.png" http://h/post'))).toBe(
      'Imported from curl: POST, multipart body (1 part), redirects not followed (no -L). Choose the file cat.png for "photo" in Body.',
    );
    expect(describeCurlImport(imported('curl -k http://h/'))).toMatch(
      /^Imported from curl: GET, redirects not followed \(no -L\)\. .*verifies/,
    );
  });
});
