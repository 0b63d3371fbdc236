import { hasScheme, STANDARD_METHODS, withDefaultScheme } from '@playground/shared';
import { type RequestDraft, withUrl } from '@/lib/request-draft.ts';
import './request-line.css';

export interface RequestLineProps {
  draft: RequestDraft;
  onChange: (draft: RequestDraft) => void;
  running: boolean;
  onSend: () => void;
  onCancel: () => void;
}

/** Method, address and Send/Cancel: the first line of an HTTP request, as it reads on the wire. */
export function RequestLine({ draft, onChange, running, onSend, onCancel }: RequestLineProps) {
  const schemeHint =
    draft.url.trim() !== '' && !hasScheme(draft.url) ? withDefaultScheme(draft.url).split('://')[0] : null;
  return (
    <form
      className="request-line"
      aria-label="Request line"
      onSubmit={(event) => {
        event.preventDefault();
        if (!running) onSend();
      }}
    >
      <input
        className="request-line-method"
        aria-label="Method"
        role="combobox"
        list="standard-methods"
        value={draft.method}
        spellCheck={false}
        autoCapitalize="characters"
        onChange={(event) => onChange({ ...draft, method: event.target.value.toUpperCase() })}
      />
      <datalist id="standard-methods">
        {STANDARD_METHODS.map((method) => (
          <option key={method} value={method} />
        ))}
      </datalist>
      <div className="request-line-url">
        <input
          aria-label="URL"
          aria-describedby={schemeHint ? 'url-scheme-hint' : undefined}
          value={draft.url}
          placeholder="https://example.com/path?name=value"
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => onChange(withUrl(draft, event.target.value))}
        />
        {schemeHint ? (
          <span id="url-scheme-hint" className="request-line-hint">
            will use {schemeHint}://
          </span>
        ) : null}
      </div>
      {running ? (
        <button type="button" className="button button-cancel" onClick={onCancel}>
          Cancel
        </button>
      ) : (
        <button type="submit" className="button button-primary" aria-keyshortcuts="Control+Enter Meta+Enter">
          Send
        </button>
      )}
    </form>
  );
}
