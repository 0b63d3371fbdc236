import { readShareLocation, type ShareLocation } from '@playground/shared';
import { useCallback, useSyncExternalStore } from 'react';

// The address is the router here: one page, and a share link is either in its fragment (pasted
// into the same tab: `hashchange`) or its path (`/s/<id>`, a fresh load or back/forward).
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

let last: { key: string; location: ShareLocation | null } | undefined;
function snapshot(): ShareLocation | null {
  const { pathname, hash } = window.location;
  const key = `${pathname}${hash}`;
  // The same object while the address is unchanged, as useSyncExternalStore requires.
  if (last?.key !== key) last = { key, location: readShareLocation(pathname, hash) };
  return last.location;
}

/**
 * The share link the address holds, if any, and `leave()` to go back to the plain playground's
 * address (keeping `?present`), once the shared collection is closed.
 */
export function useShareLocation(): { location: ShareLocation | null; leave: () => void } {
  const location = useSyncExternalStore(subscribe, snapshot, () => null);
  const leave = useCallback(() => {
    const present = new URLSearchParams(window.location.search).has('present');
    window.history.pushState(null, '', present ? '/?present' : '/');
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return { location, leave };
}
