import { LESSONS } from '@playground/shared/lessons';
import { describe, expect, it } from 'vitest';
import { draftToSpec } from '@/lib/request-draft.ts';
import { stepDraft } from './step-draft.ts';

const place = { origin: 'http://127.0.0.1:8787', tlsPort: 8443 };
const step = (lessonId: string, stepId: string) => {
  const found = LESSONS.find((l) => l.id === lessonId)?.steps.find((s) => s.id === stepId);
  if (!found) throw new Error(`no step ${lessonId}/${stepId}`);
  return found.request;
};
const upload = async (file: File) => ({ blobId: `blob-${file.name.replace(/\W/g, '')}`, size: file.size });

describe('stepDraft', () => {
  it('opens a practice path on the page\u2019s own origin, its query in the Params table', () => {
    const draft = stepDraft(step('params', 'query'), place);
    expect(draft?.url).toBe('http://127.0.0.1:8787/httpbin/get?name1=value1&name2=value2');
    expect(draft?.params.map((p) => [p.name, p.value])).toEqual([
      ['name1', 'value1'],
      ['name2', 'value2'],
    ]);
  });

  it('fills in path variables', async () => {
    const draft = stepDraft(step('params', 'path'), place);
    expect(draft?.url).toBe('http://127.0.0.1:8787/practice/todos/:id');
    expect(draft?.pathVariables.map((v) => [v.name, v.value])).toEqual([['id', '2']]);
    const spec = await draftToSpec(draft!, upload);
    expect(spec.pathVariables).toEqual([{ name: 'id', value: '2', enabled: true }]);
  });

  it('sends headers, a JSON body, auth and the redirect choice as the lesson says', async () => {
    const spec = await draftToSpec(stepDraft(step('headers', 'custom'), place)!, upload);
    expect(spec.headers).toEqual([
      { name: 'User-Agent', value: 'none/ofyourbusiness', enabled: true },
      { name: 'Spam', value: 'Eggs', enabled: true },
    ]);
    const rest = await draftToSpec(stepDraft(step('rest', 'create'), place)!, upload);
    expect(rest.body).toEqual({ kind: 'json', text: '{\n  "title": "Learn REST"\n}' });
    const basic = await draftToSpec(stepDraft(step('auth', 'basic'), place)!, upload);
    expect(basic.auth).toEqual({ type: 'basic', username: 'ada', password: 'lovelace' });
    const stop = await draftToSpec(stepDraft(step('redirects', 'not-followed'), place)!, upload);
    expect(stop.options?.followRedirects).toBe(false);
  });

  it('makes the upload a file from the lesson\u2019s text', async () => {
    const spec = await draftToSpec(stepDraft(step('bodies', 'file'), place)!, upload);
    expect(spec.body).toEqual({
      kind: 'multipart',
      parts: [
        { kind: 'text', name: 'description', value: 'my notes', enabled: true },
        {
          kind: 'file',
          name: 'upload',
          enabled: true,
          file: { blobId: 'blob-notestxt', fileName: 'notes.txt', contentType: 'text/plain', size: 25 },
        },
      ],
    });
  });

  it('sends a form and a labelled text body', async () => {
    const form = await draftToSpec(stepDraft(step('bodies', 'form'), place)!, upload);
    expect(form.body).toEqual({
      kind: 'form-urlencoded',
      fields: [
        { name: 'name1', value: 'value1', enabled: true },
        { name: 'name2', value: 'value2', enabled: true },
      ],
    });
    const text = await draftToSpec(stepDraft(step('bodies', 'wrong-type'), place)!, upload);
    expect(text.body).toEqual({
      kind: 'text',
      text: '{"title": "Labelled wrong"}',
      contentType: 'text/plain',
    });
  });

  it('addresses an HTTPS endpoint at its port, or gives nothing when they are not running', () => {
    expect(stepDraft(step('https', 'expired'), place)?.url).toBe('https://expired.practice.localhost:8443/');
    expect(stepDraft(step('https', 'expired'), { ...place, tlsPort: null })).toBeNull();
  });
});
