import type { ExchangeRecorder, SavedCookieJars } from '@playground/shared';
import { use, useCallback, useState } from 'react';
import { useSavedState } from '@/lib/use-saved-state.ts';
import { COOKIES_KEY, loadCookieJarsOnce } from '../api/saved-cookie-jars.ts';
import { emptyCookieJars, setJarCookies } from '../utils/cookie-jars-state.ts';
import { cookiesNotice } from '../utils/cookies-notice.ts';

export type ChangeCookieJars = (change: (saved: SavedCookieJars) => SavedCookieJars) => void;

/**
 * Every cookie jar, read from the browser on start (suspending until read) and saved on every
 * change. `keepFrom(recorder, jarId)`: call it as a request goes out with a jar; when the proxy
 * reports the jar as the run left it (the `cookies` event), that becomes the jar's contents.
 * Call it once, in the app route.
 */
export function useCookieJars() {
  const load = use(loadCookieJarsOnce());
  const [saved, setSaved, saveProblem] = useSavedState(COOKIES_KEY, load, emptyCookieJars);
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const message = cookiesNotice(load.problem, saveProblem);
  const notice =
    message === null || dismissed.includes(message)
      ? null
      : { message, dismiss: () => setDismissed((seen) => [...seen, message]) };

  const keepFrom = useCallback(
    (recorder: ExchangeRecorder, jarId: string) => {
      let kept = false;
      let unsubscribe: (() => void) | undefined;
      const check = () => {
        const { cookies, phase } = recorder.snapshot();
        if (!kept && cookies) {
          kept = true;
          // Last run to end wins: two runs on one jar at once each report the whole jar.
          setSaved((s) => setJarCookies(s, jarId, cookies.jar));
        }
        if (kept || phase === 'done' || phase === 'failed' || phase === 'cancelled') unsubscribe?.();
      };
      unsubscribe = recorder.subscribe(check);
      check();
    },
    [setSaved],
  );

  const change: ChangeCookieJars = setSaved;
  return { saved, change, keepFrom, notice };
}

export type CookieJarsState = ReturnType<typeof useCookieJars>;
