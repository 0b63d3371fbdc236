import type { z } from 'zod';
import { SavedTab, SavedTabV1, SavedWorkspace, SavedWorkspaceV1 } from '../schemas/saved-workspace.ts';

/** What a stored value turned out to be. */
export type SavedWorkspaceMigration =
  | { status: 'empty' }
  /** `dropped` says what could not be kept, when some tabs were unreadable. */
  | { status: 'ok'; workspace: SavedWorkspace; dropped: string | null }
  | { status: 'unreadable'; reason: string };

const CURRENT_VERSION = 2;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Format 1 to format 2: tabs were not linked to saved requests yet, so none is.
 *
 * @example
 * workspaceV1ToV2({ v: 1, tabs: [{ id: 'a', draft }], activeId: 'a' });
 * // { v: 2, tabs: [{ id: 'a', draft, link: null }], activeId: 'a' }
 */
export function workspaceV1ToV2(v1: SavedWorkspaceV1): SavedWorkspace {
  return { v: 2, tabs: v1.tabs.map((tab) => ({ ...tab, link: null })), activeId: v1.activeId };
}

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
  if (typeof stored.v === 'number' && stored.v > CURRENT_VERSION) {
    return {
      status: 'unreadable',
      reason: `it was saved by a newer version of HTTP Playground (format ${stored.v}).`,
    };
  }
  if (stored.v === 1) {
    const read = readTabs(stored, SavedWorkspaceV1, SavedTabV1);
    if (read.status !== 'ok') return read;
    return { ...read, workspace: workspaceV1ToV2({ ...read.workspace, v: 1 }) };
  }
  if (stored.v === 2) {
    const read = readTabs(stored, SavedWorkspace, SavedTab);
    if (read.status !== 'ok') return read;
    return { ...read, workspace: { ...read.workspace, v: 2 } };
  }
  return { status: 'unreadable', reason: 'the saved data has no known format version.' };
}

type TabsRead<T> =
  | { status: 'ok'; workspace: { tabs: T[]; activeId: string }; dropped: string | null }
  | { status: 'unreadable'; reason: string };

/** The tabs that still read (rather than losing all of them to one bad row), and the active one. */
function readTabs<T extends { id: string }>(
  stored: Record<string, unknown>,
  whole: z.ZodType,
  tabSchema: z.ZodType<T>,
): TabsRead<T> {
  const rawTabs = Array.isArray(stored.tabs) ? stored.tabs : [];
  const tabs = rawTabs.flatMap((raw) => {
    const tab = tabSchema.safeParse(raw);
    return tab.success ? [tab.data] : [];
  });
  if (tabs.length === 0) {
    const issue = whole.safeParse(stored).error?.issues[0];
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
    workspace: { tabs, activeId },
    dropped: lost > 0 ? `${lost} of ${rawTabs.length} saved tabs could not be read.` : null,
  };
}
