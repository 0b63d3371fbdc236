import type { CookieChange, SavedCookieJars } from '@playground/shared';
import { useId } from 'react';
import type { ChangeCookieJars } from '../hooks/use-cookie-jars.ts';
import { addCookie, clearJar, jarCookies } from '../utils/cookie-jars-state.ts';
import { AddCookie } from './add-cookie.tsx';
import { ClearCookies } from './clear-cookies.tsx';
import { CookieTable } from './cookie-table.tsx';
import '@/components/side-panel/side-panel.css';
import './cookies-panel.css';

/** The jar the current tab's requests use. */
export interface CurrentJar {
  id: string;
  /** "Requests in no collection", or the collection's name. */
  name: string;
  /** false when the tab's collection is set not to keep cookies. */
  inUse: boolean;
}

interface CookiesPanelProps {
  jar: CurrentJar;
  saved: SavedCookieJars;
  change: ChangeCookieJars;
  /** `Set-Cookie` answers of the current tab's last run that the jar refused. */
  refused: readonly CookieChange[];
  /** The host of the current tab's address, offered for a new cookie. */
  host: string;
  onClose: () => void;
}

/** The current tab's cookie jar: see, edit, delete, add and clear its cookies. */
export function CookiesPanel({ jar, saved, change, refused, host, onClose }: CookiesPanelProps) {
  const headingId = useId();
  const cookies = jarCookies(saved, jar.id);
  return (
    <section
      id="cookies-panel"
      className="side-panel cookies-panel"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="side-panel-bar">
        <h2 id={headingId}>Cookies</h2>
        <button type="button" className="side-panel-close" aria-label="Close cookies" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="cookies-note">
        Jar: <strong>{jar.name}</strong>. Cookies that servers set are kept here and go out with later
        requests to the same site, as a browser (or Python’s <code>requests.Session</code>) does.
      </p>
      {jar.inUse ? null : (
        <p className="cookies-problem">
          The collection “{jar.name}” is set not to keep cookies, so its requests send only the cookies you
          put in Headers. Turn cookies on in the collection’s settings to use this jar.
        </p>
      )}
      {refused.length > 0 ? (
        <div className="cookies-refused">
          <p>The last response set cookies that were refused:</p>
          <ul>
            {refused.map((c) => (
              <li key={`${c.hop}-${c.name}-${c.domain}`}>
                Cookie “{c.name}”: {c.reason ?? 'the cookie jar refused it.'}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {cookies.length === 0 ? (
        <p className="cookies-empty">No cookies yet. When a response sets one, it appears here.</p>
      ) : (
        <CookieTable jarId={jar.id} cookies={cookies} change={change} />
      )}
      <AddCookie host={host} onAdd={(cookie) => change((s) => addCookie(s, jar.id, cookie))} />
      <div className="side-panel-bar">
        <ClearCookies count={cookies.length} onClear={() => change((s) => clearJar(s, jar.id))} />
      </div>
    </section>
  );
}
