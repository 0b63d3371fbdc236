import { hasScheme, withDefaultScheme } from '@playground/shared';
import { useId } from 'react';
import type { RequestDraft } from '@/lib/request-draft.ts';
import { useCurlImport } from '../hooks/use-curl-import.ts';
import { methodProblem } from '../utils/methods.ts';
import { MethodPicker } from './method-picker.tsx';
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
  const ids = useId();
  const curl = useCurlImport(draft, onChange);
  const schemeHint =
    draft.url.trim() !== '' && !hasScheme(draft.url) ? withDefaultScheme(draft.url).split('://')[0] : null;
  const problem = methodProblem(draft.method);
  return (
    <form
      className="request-line"
      aria-label="Request line"
      onSubmit={(event) => {
        event.preventDefault();
        if (!running) onSend();
      }}
    >
      <div className="request-line-row">
        <MethodPicker
          value={draft.method}
          onChange={(method) => onChange({ ...draft, method })}
          problemId={problem ? `${ids}-method-problem` : undefined}
        />
        <div className="request-line-url">
          <input
            aria-label="URL"
            aria-describedby={schemeHint ? `${ids}-scheme` : undefined}
            value={draft.url}
            placeholder="https://example.com/path?name=value, or paste a curl command"
            spellCheck={false}
            autoComplete="off"
            onPaste={curl.onPaste}
            onChange={(event) => curl.onUrlChange(event.target.value)}
          />
          {schemeHint ? (
            <span id={`${ids}-scheme`} className="request-line-hint">
              will use {schemeHint}://
            </span>
          ) : null}
        </div>
        {running ? (
          <button type="button" className="button button-cancel" onClick={onCancel}>
            Cancel
          </button>
        ) : (
          <button
            type="submit"
            className="button button-primary"
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            Send
          </button>
        )}
      </div>
      {problem ? (
        <p id={`${ids}-method-problem`} className="request-line-problem">
          Method “{draft.method}”: {problem}
        </p>
      ) : null}
      <div
        // Kept in the page while empty, so screen readers hear the first announcement too.
        className={curl.announcement ? 'request-line-note' : 'request-line-note visually-hidden'}
        data-tone={curl.announcement?.tone}
      >
        <p role="status" className="request-line-announcement">
          {curl.announcement?.text}
        </p>
        {curl.announcement ? (
          <button type="button" className="request-line-dismiss" onClick={curl.dismiss}>
            Dismiss
          </button>
        ) : null}
      </div>
    </form>
  );
}
