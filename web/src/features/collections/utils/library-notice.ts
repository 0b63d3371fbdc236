import type { SavedLoadProblem } from '@/lib/saved-value.ts';

/** What the header tells the user about the saved collections: a failing save first, since it goes on. */
export function libraryNotice(load: SavedLoadProblem | null, saveProblem: string | null): string | null {
  if (saveProblem !== null) return `Your collections can’t be saved in this browser: ${saveProblem}`;
  if (load === null) return null;
  switch (load.kind) {
    case 'storage':
      return `Your collections can’t be saved in this browser: ${load.reason}`;
    case 'unreadable':
      return `Your saved collections couldn’t be restored: ${load.reason} They were set aside, and you are starting with none.`;
    case 'partly':
      return `Some of your saved collections couldn’t be restored: ${load.reason} The rest are here.`;
  }
}
