import type { SavedLoadProblem } from '@/lib/saved-value.ts';

/** What the header tells the user about keeping environments: a failing save first, since it goes on. */
export function environmentsNotice(load: SavedLoadProblem | null, saveProblem: string | null): string | null {
  if (saveProblem !== null) return `Environments can’t be saved in this browser: ${saveProblem}`;
  if (load === null) return null;
  switch (load.kind) {
    case 'storage':
      return `Environments can’t be saved in this browser: ${load.reason}`;
    case 'unreadable':
      return `Your saved environments couldn’t be restored: ${load.reason} They were set aside; you are starting with none.`;
    case 'partly':
      return `Some saved environments couldn’t be restored: ${load.reason}`;
  }
}
