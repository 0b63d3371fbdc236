import type { StoredCookie } from '@playground/shared';
import { useId, useState } from 'react';
import { newCookieProblem } from '../utils/cookie-jars-state.ts';

interface AddCookieProps {
  /** Offered as the domain: the host the current tab's address goes to. */
  host: string;
  onAdd: (cookie: StoredCookie) => void;
}

/** A cookie typed by hand, for this host only, kept until the jar is cleared. */
export function AddCookie({ host, onAdd }: AddCookieProps) {
  const ids = useId();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [domain, setDomain] = useState(host);
  const [path, setPath] = useState('/');
  const [secure, setSecure] = useState(false);
  const [httpOnly, setHttpOnly] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <form
      className="cookies-add"
      aria-label="Add a cookie"
      onSubmit={(event) => {
        event.preventDefault();
        const found = newCookieProblem({ name, value, domain, path });
        setProblem(found);
        if (found) return;
        onAdd({
          name,
          value,
          domain: domain.trim().toLowerCase().replace(/^\./, ''),
          path,
          expires: null,
          hostOnly: true,
          secure,
          httpOnly,
          sameSite: null,
          created: new Date().toISOString(),
        });
        setName('');
        setValue('');
      }}
    >
      <fieldset>
        <legend>Add a cookie</legend>
        <label>
          Name
          <input aria-label="New cookie name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Value
          <input aria-label="New cookie value" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <label>
          Domain
          <input aria-label="New cookie domain" value={domain} onChange={(e) => setDomain(e.target.value)} />
        </label>
        <label>
          Path
          <input aria-label="New cookie path" value={path} onChange={(e) => setPath(e.target.value)} />
        </label>
        <label className="cookies-check">
          <input type="checkbox" checked={secure} onChange={(e) => setSecure(e.target.checked)} />
          Secure (HTTPS only)
        </label>
        <label className="cookies-check">
          <input type="checkbox" checked={httpOnly} onChange={(e) => setHttpOnly(e.target.checked)} />
          HttpOnly
        </label>
        <button
          type="submit"
          className="button cookies-small"
          aria-describedby={problem ? `${ids}-problem` : undefined}
        >
          Add cookie
        </button>
      </fieldset>
      <p id={`${ids}-problem`} className="cookies-problem" aria-live="polite">
        {problem}
      </p>
    </form>
  );
}
