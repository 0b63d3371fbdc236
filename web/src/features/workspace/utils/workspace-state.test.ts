import { describe, expect, it } from 'vitest';
import { newDraft } from '@/lib/request-draft.ts';
import { toSavedDraft } from '@/lib/saved-draft.ts';
import { newTab, reduceWorkspace, restoreWorkspace, type Workspace } from './workspace-state.ts';

const link = { collectionId: 'c1', requestId: 'r1' };

function twoTabs(): Workspace {
  const a = newTab(newDraft('GET', 'http://x/a'));
  const b = newTab(newDraft('GET', 'http://x/b'), link);
  return { tabs: [a, b], activeId: a.id };
}

describe('workspace state', () => {
  it('focuses the tab already showing a saved request instead of opening it twice', () => {
    const state = twoTabs();
    const next = reduceWorkspace(state, {
      type: 'open-saved',
      tab: newTab(newDraft('GET', 'http://x/c'), link),
    });
    expect(next.tabs).toHaveLength(2);
    expect(next.activeId).toBe(state.tabs[1]!.id);
    expect(next.tabs[1]!.draft.url).toBe('http://x/b');
  });

  it('opens a saved request in a new tab when no tab shows it', () => {
    const other = { collectionId: 'c1', requestId: 'r2' };
    const next = reduceWorkspace(twoTabs(), { type: 'open-saved', tab: newTab(newDraft(), other) });
    expect(next.tabs.map((t) => t.link)).toEqual([null, link, other]);
    expect(next.activeId).toBe(next.tabs[2]!.id);
  });

  it('links and unlinks a tab, keeping its draft', () => {
    const state = twoTabs();
    const id = state.tabs[0]!.id;
    const linked = reduceWorkspace(state, { type: 'link', id, link });
    expect(linked.tabs[0]!.link).toEqual(link);
    const unlinked = reduceWorkspace(linked, { type: 'link', id, link: null });
    expect(unlinked.tabs[0]!.link).toBeNull();
    expect(unlinked.tabs[0]!.draft).toBe(state.tabs[0]!.draft);
  });

  it('restores saved tabs with their links and the active tab', () => {
    const restored = restoreWorkspace(
      {
        v: 2,
        tabs: [
          { id: 'x', draft: toSavedDraft(newDraft('GET', 'http://x/1')), link: null },
          { id: 'y', draft: toSavedDraft(newDraft('PUT', 'http://x/2')), link },
        ],
        activeId: 'y',
      },
      () => newDraft(),
    );
    expect(restored.tabs.map((t) => [t.draft.method, t.link])).toEqual([
      ['GET', null],
      ['PUT', link],
    ]);
    expect(restored.activeId).toBe(restored.tabs[1]!.id);
  });

  it('starts with the fallback draft when nothing was saved', () => {
    const restored = restoreWorkspace(null, () => newDraft('GET', 'http://example.test/'));
    expect(restored.tabs).toHaveLength(1);
    expect(restored.tabs[0]!.draft.url).toBe('http://example.test/');
    expect(restored.tabs[0]!.link).toBeNull();
  });
});
