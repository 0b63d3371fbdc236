import type { Collection, Environment, ExchangeRecorder } from '@playground/shared';
import { useCallback } from 'react';
import { findRequest } from '@/features/collections/utils/tree.ts';
import type { CookieJarsState } from '@/features/cookies/hooks/use-cookie-jars.ts';
import { jarCookies } from '@/features/cookies/utils/cookie-jars-state.ts';
import type { PreparedRequest, RequestTab } from '@/features/workspace/hooks/use-workspace.ts';
import { cookieJarId, prepareSend, type SendContext } from '@/lib/send-context.ts';

interface SessionSendOptions {
  collections: readonly Collection[];
  environment: Environment | null;
  cookieJars: CookieJarsState;
  /** The workspace's send: runs `prepared` in the tab and returns the run's recorder. */
  sendTab: (tab: RequestTab, prepared: PreparedRequest) => ExchangeRecorder;
}

/** The collection a tab's saved request is in (wherever it was moved), and the active environment. */
export function contextOf(
  tab: RequestTab,
  collections: readonly Collection[],
  environment: Environment | null,
) {
  return {
    collection: findRequest(collections, tab.link)?.collection ?? null,
    environment,
  } satisfies SendContext;
}

/**
 * Send as a `requests.Session` would: variables filled in, the tab's collection's session applied
 * (base URL, default headers), and its cookie jar (or the scratch jar) carried along and updated
 * with what the run left in it. Returns the recorder, as the workspace's send does.
 */
export function useSessionSend({ collections, environment, cookieJars, sendTab }: SessionSendOptions) {
  const { saved: jars, keepFrom } = cookieJars;
  return useCallback(
    (tab: RequestTab) => {
      const context = contextOf(tab, collections, environment);
      const { draft } = prepareSend(tab.draft, context);
      const jarId = cookieJarId(context.collection);
      // An empty jar is still sent, so the proxy keeps what the server sets and reports it.
      const cookieJar = jarId === null ? undefined : jarCookies(jars, jarId);
      const recorder = sendTab(tab, { draft, cookieJar });
      if (jarId !== null) keepFrom(recorder, jarId);
      return recorder;
    },
    [collections, environment, jars, keepFrom, sendTab],
  );
}
