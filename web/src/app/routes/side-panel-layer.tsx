import type { CookieChange } from '@playground/shared';
import { LazyPart } from '@/components/lazy-part/lazy-part.tsx';
import { LazyCookiesPanel } from '@/features/cookies/components/lazy-cookies-panel.tsx';
import type { useCookieJars } from '@/features/cookies/hooks/use-cookie-jars.ts';
import { LazyHistoryPanel } from '@/features/history/components/lazy-history-panel.tsx';
import { LazyLearnPanel } from '@/features/lessons/components/lazy-learn-panel.tsx';
import type { useWorkspace } from '@/features/workspace/hooks/use-workspace.ts';
import { fromSavedDraft } from '@/lib/saved-draft.ts';
import type { SidePanels } from './use-side-panels.ts';

interface SidePanelLayerProps {
  panels: SidePanels;
  workspace: ReturnType<typeof useWorkspace>;
  cookieJars: ReturnType<typeof useCookieJars>;
  /** The jar of the current tab (its collection's, or requests in no collection's). */
  jar: { id: string; name: string; inUse: boolean } | null;
  /** Cookies the last response tried to set and the jar refused. */
  refused: CookieChange[];
  /** The host the current address goes to, offered as a new cookie's domain. */
  host: string;
}

/** Learn, History or Cookies at the right of the page, loaded the first time each is opened. */
export function SidePanelLayer({ panels, workspace, cookieJars, jar, refused, host }: SidePanelLayerProps) {
  switch (panels.open) {
    case 'learn':
      return (
        <LazyPart name="the Learn panel">
          <LazyLearnPanel onTry={(draft) => workspace.open(draft)} onClose={() => panels.close('learn')} />
        </LazyPart>
      );
    case 'history':
      return (
        <LazyPart name="the History panel">
          <LazyHistoryPanel
            onClose={() => panels.close('history')}
            onReopen={(draft) => {
              workspace.open(fromSavedDraft(draft));
              panels.close('history');
            }}
          />
        </LazyPart>
      );
    case 'cookies':
      return jar === null ? null : (
        <LazyPart name="the Cookies panel">
          <LazyCookiesPanel
            jar={jar}
            saved={cookieJars.saved}
            change={cookieJars.change}
            refused={refused}
            host={host}
            onClose={() => panels.close('cookies')}
          />
        </LazyPart>
      );
    default:
      return null;
  }
}
