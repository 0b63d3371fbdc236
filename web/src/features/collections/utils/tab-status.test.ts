import { type Collection, defaultSession } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { newDraft, newRow } from '@/lib/request-draft.ts';
import { toSavedDraft } from '@/lib/saved-draft.ts';
import { modifiedRequestIds, tabStatuses } from './tab-status.ts';

const saved = newDraft('GET', 'http://127.0.0.1/get?a=1');
const library: Collection[] = [
  {
    id: 'c',
    name: 'API',
    description: '',
    variables: [],
    session: defaultSession(),
    items: [{ type: 'request', id: 'r', name: 'Get', draft: toSavedDraft(saved) }],
  },
];
const link = { collectionId: 'c', requestId: 'r' };

describe('tabStatuses', () => {
  it('marks nothing for a tab showing what was saved, rows under new ids included', () => {
    const reopened = { ...saved, params: saved.params.map((p) => newRow(p.name, p.value, p.enabled)) };
    const statuses = tabStatuses([{ id: 't', draft: reopened, link }], library);
    expect(statuses.get('t')).toMatchObject({ unsaved: false, saved: { path: ['API', 'Get'] } });
    expect(modifiedRequestIds(statuses)).toEqual(new Set());
  });

  it('marks a tab, and its request, once the draft changes', () => {
    const edited = { ...saved, headers: [newRow('X-Trace', '1')] };
    const statuses = tabStatuses([{ id: 't', draft: edited, link }], library);
    expect(statuses.get('t')?.unsaved).toBe(true);
    expect(modifiedRequestIds(statuses)).toEqual(new Set(['r']));
  });

  it('treats a tab not linked, or linked to a deleted request, as having nothing saved', () => {
    const statuses = tabStatuses(
      [
        { id: 'a', draft: saved, link: null },
        { id: 'b', draft: newDraft(), link: { collectionId: 'c', requestId: 'gone' } },
      ],
      library,
    );
    expect(statuses.get('a')).toEqual({ saved: null, unsaved: false });
    expect(statuses.get('b')).toEqual({ saved: null, unsaved: false });
  });
});
