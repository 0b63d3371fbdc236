import { useSyncExternalStore } from 'react';
import { isPresenterMode, setPresenterMode, subscribePresenterMode } from './presenter-mode.ts';

/** Whether presenter mode is on, and the switch. */
export function usePresenterMode(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribePresenterMode, isPresenterMode, () => false);
  return [on, setPresenterMode];
}
