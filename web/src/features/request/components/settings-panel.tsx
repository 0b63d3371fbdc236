import type { PanelProps } from './panel-props.ts';

// The proxy's ceiling for a whole exchange (RequestSpec's timeouts.totalMs).
const MAX_SECONDS = 86_400;

/** How the request is carried out: redirects and the time limit. */
export function SettingsPanel({ draft, onChange }: PanelProps) {
  return (
    <div className="settings-panel">
      <label className="field-check">
        <input
          type="checkbox"
          checked={draft.followRedirects}
          onChange={(event) => onChange({ ...draft, followRedirects: event.target.checked })}
        />
        <span>Follow redirects</span>
      </label>
      <p className="panel-help">
        Off, a 301/302/303/307/308 response is shown as it came, with its Location header, and nothing else is
        requested.
      </p>
      <label className="field field-inline">
        <span>Timeout (seconds)</span>
        <input
          className="kv-input settings-timeout"
          type="number"
          min={0}
          max={MAX_SECONDS}
          step="any"
          value={draft.timeoutMs / 1000}
          onChange={(event) => {
            const seconds = Number(event.target.value);
            if (!Number.isFinite(seconds)) return;
            const clamped = Math.min(Math.max(seconds, 0), MAX_SECONDS);
            onChange({ ...draft, timeoutMs: Math.round(clamped * 1000) });
          }}
        />
      </label>
      <p className="panel-help">For the whole exchange, redirects and body included. 0 means no limit.</p>
    </div>
  );
}
