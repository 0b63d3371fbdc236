import { SavedTab, SavedWorkspace } from '../schemas/saved-workspace.ts';

/** What a stored value turned out to be. */
export type SavedWorkspaceMigration =
  | { status: 'empty' }
  /** `dropped` says what could not be kept, when some tabs were unreadable. */
  | { status: 'ok'; workspace: SavedWorkspace; dropped: string | null }
  | { status: 'unreadable'; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads whatever was stored under the workspace key, from any version, into the current shape.
 * Never throws: garbage comes back as `unreadable` with a reason a user can be shown, and a value
 * with some broken tabs keeps the tabs that can still be read.
 *
 * @example
 * const read = migrateSavedWorkspace(await get('workspace'));
 * if (read.status === 'ok') restore(read.workspace);
 */
export function migrateSavedWorkspace(stored: unknown): SavedWorkspaceMigration {
  if (stored === undefined || stored === null) return { status: 'empty' };
  if (!isRecord(stored)) return { status: 'unreadable', reason: 'the saved data is not a workspace.' };
  if (typeof stored.v === 'number' && stored.v > 1) {
    return {
      status: 'unreadable',
      reason: `it was saved by a newer version of HTTP Playground (format ${stored.v}).`,
    };
  }
  if (stored.v !== 1) return { status: 'unreadable', reason: 'the saved data has no known format version.' };
  return migrateV1(stored);
}

function migrateV1(stored: Record<string, unknown>): SavedWorkspaceMigration {
  const whole = SavedWorkspace.safeParse(stored);
  if (whole.success) {
    const { tabs, activeId } = whole.data;
    const active = tabs.some((t) => t.id === activeId) ? activeId : tabs[0]!.id;
    return { status: 'ok', workspace: { ...whole.data, activeId: active }, dropped: null };
  }
  // Keep every tab that still reads, rather than losing all of them to one bad row.
  const rawTabs = Array.isArray(stored.tabs) ? stored.tabs : [];
  const tabs = rawTabs.flatMap((raw) => {
    const tab = SavedTab.safeParse(raw);
    return tab.success ? [tab.data] : [];
  });
  if (tabs.length === 0) {
    const issue = whole.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    return { status: 'unreadable', reason: `the saved tabs could not be read${where}.` };
  }
  const lost = rawTabs.length - tabs.length;
  const activeId =
    typeof stored.activeId === 'string' && tabs.some((t) => t.id === stored.activeId)
      ? stored.activeId
      : tabs[0]!.id;
  return {
    status: 'ok',
    workspace: { v: 1, tabs, activeId },
    dropped: lost > 0 ? `${lost} of ${rawTabs.length} saved tabs could not be read.` : null,
  };
}
