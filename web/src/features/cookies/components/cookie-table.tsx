import type { CookieJarContents, StoredCookie } from '@playground/shared';
import type { ChangeCookieJars } from '../hooks/use-cookie-jars.ts';
import { cookieKey, removeCookie, setCookieValue } from '../utils/cookie-jars-state.ts';

interface CookieTableProps {
  jarId: string;
  cookies: CookieJarContents;
  change: ChangeCookieJars;
}

function expiresText(expires: string | null, now: number): string {
  if (expires === null) return 'Session';
  const at = new Date(expires);
  return at.getTime() <= now ? `Expired ${at.toLocaleString()}` : at.toLocaleString();
}

const where = (c: StoredCookie) => `${c.domain}${c.path}`;

/** One row per cookie, with its attributes as the jar keeps them; the value can be edited in place. */
export function CookieTable({ jarId, cookies, change }: CookieTableProps) {
  const now = Date.now();
  return (
    <div className="cookies-table-scroll">
      <table className="cookies-table" aria-label="Cookies in this jar">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">Domain</th>
            <th scope="col">Path</th>
            <th scope="col">Expires</th>
            <th scope="col">Secure</th>
            <th scope="col">HttpOnly</th>
            <th scope="col">SameSite</th>
            <th scope="col">
              <span className="visually-hidden">Delete</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cookies.map((cookie) => (
            <tr key={cookieKey(cookie)}>
              <th scope="row">{cookie.name}</th>
              <td>
                <input
                  aria-label={`Value of cookie ${cookie.name} for ${where(cookie)}`}
                  value={cookie.value}
                  spellCheck={false}
                  autoComplete="off"
                  onChange={(event) => change((s) => setCookieValue(s, jarId, cookie, event.target.value))}
                />
              </td>
              <td title={cookie.hostOnly ? 'This host only' : 'This domain and its subdomains'}>
                {cookie.hostOnly ? cookie.domain : `.${cookie.domain}`}
              </td>
              <td>{cookie.path}</td>
              <td>{expiresText(cookie.expires, now)}</td>
              <td>{cookie.secure ? 'Yes' : '—'}</td>
              <td>{cookie.httpOnly ? 'Yes' : '—'}</td>
              <td>{cookie.sameSite ?? '—'}</td>
              <td>
                <button
                  type="button"
                  className="cookies-small"
                  aria-label={`Delete cookie ${cookie.name} for ${where(cookie)}`}
                  onClick={() => change((s) => removeCookie(s, jarId, cookie))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
