import { describe, expect, it } from 'vitest';
import { newDraft } from '@/lib/request-draft.ts';
import { toSavedWorkspace } from './saved-workspace.ts';

describe('saved workspace', () => {
  it('store the tabs, their links and which one is active, not their responses', () => {
    const link = { collectionId: 'c1', requestId: 'r1' };
    const saved = toSavedWorkspace(
      [
        { id: 'tab-1', draft: newDraft('POST', 'http://example.test/items'), link },
        { id: 'tab-2', draft: newDraft('POST', 'http://example.test/items'), link: null },
      ],
      'tab-1',
    );
    expect(Object.keys(saved)).toEqual(['v', 'tabs', 'activeId']);
    expect(saved.v).toBe(2);
    expect(Object.keys(saved.tabs[0] ?? {})).toEqual(['id', 'draft', 'link']);
    expect(saved.tabs.map((t) => t.link)).toEqual([link, null]);
  });
});
