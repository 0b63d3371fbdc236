import { useCallback, useEffect, useRef, useState } from 'react';
import { type SavedLoad, saveValue, storageReason } from './saved-value.ts';

/** Long enough to save once per burst of typing, short enough that a crash loses almost nothing. */
const SAVE_DELAY_MS = 300;

/**
 * State kept in the browser under `key`: starts from what was loaded (or `initial`), and is saved
 * shortly after each change and at once when the page is hidden or left. Nothing is written until
 * the user changes something, and never when the stored value could not be read at all (saving
 * then would overwrite what may still be there once the storage answers again).
 * Returns the state, its setter, and why saving fails, while it does.
 */
export function useSavedState<T>(key: string, load: SavedLoad<T>, initial: () => T) {
  const [value, setValue] = useState<T>(() => load.saved ?? initial());
  const [problem, setProblem] = useState<string | null>(null);
  const pending = useRef<{ value: T } | null>(null);
  const first = useRef(value);
  const enabled = load.problem?.kind !== 'storage';

  const flush = useCallback(() => {
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    saveValue(key, next.value).then(
      () => setProblem(null),
      (error: unknown) => setProblem(storageReason(error)),
    );
  }, [key]);

  useEffect(() => {
    if (!enabled || value === first.current) return undefined;
    pending.current = { value };
    const timer = setTimeout(flush, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, flush, enabled]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);

  return [value, setValue, enabled ? problem : (load.problem?.reason ?? null)] as const;
}
