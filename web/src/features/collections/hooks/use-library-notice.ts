import { useState } from 'react';
import type { SavedLoadProblem } from '@/lib/saved-value.ts';
import { libraryNotice } from '../utils/library-notice.ts';

/** The notice about the saved collections, until the user dismisses it (each message is shown once). */
export function useLibraryNotice(load: SavedLoadProblem | null, saveProblem: string | null) {
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const message = libraryNotice(load, saveProblem);
  if (message === null || dismissed.includes(message)) return null;
  return { message, dismiss: () => setDismissed((seen) => [...seen, message]) };
}
