import type { SavedEnvironments } from '@playground/shared';
import { use, useState } from 'react';
import { useSavedState } from '@/lib/use-saved-state.ts';
import { ENVIRONMENTS_KEY, loadEnvironmentsOnce } from '../api/saved-environments.ts';
import { environmentsNotice } from '../utils/environments-notice.ts';
import { activeEnvironment, emptyEnvironments } from '../utils/environments-state.ts';

export type ChangeEnvironments = (change: (saved: SavedEnvironments) => SavedEnvironments) => void;

/**
 * The user's environments and the active one, read from the browser on start (suspending until
 * read) and saved on every change. `change` takes a pure update from utils/environments-state.ts.
 * Call it once, in the app route.
 */
export function useEnvironments() {
  const load = use(loadEnvironmentsOnce());
  const [saved, setSaved, saveProblem] = useSavedState(ENVIRONMENTS_KEY, load, emptyEnvironments);
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const message = environmentsNotice(load.problem, saveProblem);
  const notice =
    message === null || dismissed.includes(message)
      ? null
      : { message, dismiss: () => setDismissed((seen) => [...seen, message]) };
  const change: ChangeEnvironments = setSaved;
  return { saved, active: activeEnvironment(saved), change, notice };
}

export type EnvironmentsState = ReturnType<typeof useEnvironments>;
