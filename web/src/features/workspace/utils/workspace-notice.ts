import type { LoadProblem } from '../api/saved-workspace.ts';

/** What the header tells the user about saving: a failing save first, since it is still going on. */
export function workspaceNotice(load: LoadProblem | null, saveProblem: string | null): string | null {
  if (saveProblem !== null) return `Your work can’t be saved in this browser: ${saveProblem}`;
  if (load === null) return null;
  switch (load.kind) {
    case 'storage':
      return `Your work can’t be saved in this browser: ${load.reason}`;
    case 'unreadable':
      return `Your saved tabs couldn’t be restored: ${load.reason} You are starting with a fresh workspace.`;
    case 'some-tabs-unreadable':
      return `Some saved tabs couldn’t be restored: ${load.reason}`;
  }
}
