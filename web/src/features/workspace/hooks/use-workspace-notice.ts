import { useState } from 'react';
import type { LoadProblem } from '../api/saved-workspace.ts';
import { workspaceNotice } from '../utils/workspace-notice.ts';

/** The notice about saving, until the user dismisses it (each distinct message is shown once). */
export function useWorkspaceNotice(load: LoadProblem | null, saveProblem: string | null) {
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const message = workspaceNotice(load, saveProblem);
  if (message === null || dismissed.includes(message)) return null;
  return { message, dismiss: () => setDismissed((seen) => [...seen, message]) };
}
