import type { SavedLoadProblem } from '@/lib/saved-value.ts';

/** What the header tells the user about keeping cookies: a failing save first, since it goes on. */
export function cookiesNotice(load: SavedLoadProblem | null, saveProblem: string | null): string | null {
  if (saveProblem !== null) return `Cookies can’t be kept in this browser: ${saveProblem}`;
  if (load === null) return null;
  switch (load.kind) {
    case 'storage':
      return `Cookies can’t be kept in this browser: ${load.reason}`;
    case 'unreadable':
      return `Your saved cookies couldn’t be restored: ${load.reason} They were set aside; the jars start empty.`;
    case 'partly':
      return `Some saved cookies couldn’t be restored: ${load.reason}`;
  }
}
