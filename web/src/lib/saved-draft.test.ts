import { describe, expect, it } from 'vitest';
import { newDraft, newPartRow, newRow, type RequestDraft } from './request-draft.ts';
import { fromSavedDraft, KEPT_FILE_LIMIT, toSavedDraft } from './saved-draft.ts';

function composed(): RequestDraft {
  const draft = newDraft('POST', 'http://example.test/items?page=2');
  const photo = new File(['png'], 'cat.png', { type: 'image/png' });
  return {
    ...draft,
    headers: [newRow('X-Trace', 'abc'), newRow('Accept', '*/*', false)],
    body: {
      ...draft.body,
      kind: 'json',
      text: '{"name":"box"}',
      parts: [{ ...newPartRow('file', 'photo'), file: photo }, newPartRow('text', 'note', 'hi')],
    },
    auth: { type: 'bearer', token: 'secret' },
  };
}

const withoutIds = (draft: RequestDraft) =>
  JSON.parse(JSON.stringify(draft, (k, v) => (k === 'id' ? undefined : v)));

describe('saved drafts', () => {
  it('come back as they were, with the same files', () => {
    const draft = composed();
    const back = fromSavedDraft(toSavedDraft(draft));
    expect(withoutIds(back)).toEqual(withoutIds(draft));
    expect(back.body.parts[0]?.file?.name).toBe('cat.png');
    expect(back.url).toBe('http://example.test/items?page=2');
  });

  it('get fresh row ids, so they never clash with rows added later', () => {
    const draft = composed();
    const back = fromSavedDraft(toSavedDraft(draft));
    const before = draft.headers.map((h) => h.id);
    for (const header of back.headers) expect(before).not.toContain(header.id);
  });

  it('keep a large file by name only, to be picked again', () => {
    const big = new File([new Uint8Array(KEPT_FILE_LIMIT + 1)], 'dump.bin');
    const draft = { ...composed(), body: { ...composed().body, kind: 'binary' as const, file: big } };
    const saved = toSavedDraft(draft);
    expect(saved.body.file).toEqual({ missing: true, name: 'dump.bin', size: KEPT_FILE_LIMIT + 1, type: '' });
    const back = fromSavedDraft(saved);
    expect(back.body.file).toBeNull();
    expect(back.body.wantedFile).toBe('dump.bin');
  });
});
