import { useId, useState } from 'react';
import { type DraftAuth, userHeader } from '@/lib/request-draft.ts';
import { basicAuthValue } from '../utils/basic-auth.ts';
import type { PanelProps } from './panel-props.ts';

type Basic = Extract<DraftAuth, { type: 'basic' }>;
type Bearer = Extract<DraftAuth, { type: 'bearer' }>;

const TYPES = [
  { type: 'none', label: 'None' },
  { type: 'basic', label: 'Basic' },
  { type: 'bearer', label: 'Bearer token' },
] as const;

function keptFrom(auth: DraftAuth): { basic: Basic; bearer: Bearer } {
  return {
    basic: auth.type === 'basic' ? auth : { type: 'basic', username: '', password: '' },
    bearer: auth.type === 'bearer' ? auth : { type: 'bearer', token: '' },
  };
}

/** None, Basic or Bearer, showing the exact Authorization header each one produces. */
export function AuthPanel({ draft, onChange }: PanelProps) {
  const ids = useId();
  const { auth } = draft;
  const [showPassword, setShowPassword] = useState(false);
  // What was typed under the other types, so switching back and forth loses nothing...
  const [kept, setKept] = useState(() => keptFrom(auth));
  // ...unless the auth changed from outside (another request tab, a curl import): then it starts afresh.
  const [own, setOwn] = useState(auth);
  if (auth !== own) {
    setOwn(auth);
    setKept(keptFrom(auth));
    setShowPassword(false);
  }
  const setAuth = (next: DraftAuth) => {
    setOwn(next);
    if (next.type !== 'none') setKept({ ...kept, [next.type]: next });
    onChange({ ...draft, auth: next });
  };
  const produced =
    auth.type === 'basic'
      ? basicAuthValue(auth.username, auth.password)
      : auth.type === 'bearer'
        ? `Bearer ${auth.token}`
        : null;
  const override = userHeader(draft, 'authorization');
  // On loopback the credentials never leave the machine, so plain http:// is fine there.
  const plainHttp =
    auth.type !== 'none' &&
    /^http:\/\//i.test(draft.url.trim()) &&
    !/^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i.test(draft.url.trim());

  return (
    <div className="auth-panel">
      <fieldset className="body-kinds">
        <legend className="panel-title">Auth type</legend>
        {TYPES.map(({ type, label }) => (
          <label key={type} className="body-kind">
            <input
              type="radio"
              name={`${ids}-type`}
              value={type}
              checked={auth.type === type}
              onChange={() => setAuth(type === 'none' ? { type } : kept[type])}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      {auth.type === 'basic' ? (
        <div className="auth-fields">
          <label className="field">
            <span>Username</span>
            <input
              className="kv-input"
              value={auth.username}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setAuth({ ...auth, username: event.target.value })}
            />
          </label>
          <div className="field">
            <label htmlFor={`${ids}-password`}>Password</label>
            <div className="field-row">
              <input
                id={`${ids}-password`}
                className="kv-input"
                type={showPassword ? 'text' : 'password'}
                value={auth.password}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => setAuth({ ...auth, password: event.target.value })}
              />
              <button
                type="button"
                className="panel-action"
                aria-pressed={showPassword}
                onClick={() => setShowPassword(!showPassword)}
              >
                Show password
              </button>
            </div>
          </div>
        </div>
      ) : null}
      {auth.type === 'bearer' ? (
        <label className="field auth-fields">
          <span>Token</span>
          <input
            className="kv-input"
            value={auth.token}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setAuth({ ...auth, token: event.target.value })}
          />
        </label>
      ) : null}
      {produced ? (
        <p className="body-note">
          Header it adds: <code className="auth-header">Authorization: {produced}</code>
          {auth.type === 'basic' ? ' (base64 of username:password, which anyone can decode).' : null}
        </p>
      ) : (
        <p className="body-note">No Authorization header is added.</p>
      )}
      {override ? (
        <p className="body-note" data-warn>
          Headers has an Authorization header of its own: <code>{override.value}</code> is sent
          {produced ? ' instead of this one (a header you set wins).' : '.'}
        </p>
      ) : null}
      {plainHttp ? (
        <p className="body-note" data-warn>
          This address is http://: the credentials cross the network unencrypted. Use https:// outside your
          own machine.
        </p>
      ) : null}
    </div>
  );
}
