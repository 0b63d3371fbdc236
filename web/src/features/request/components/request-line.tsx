import { findVariables, hasScheme, withDefaultScheme } from '@playground/shared';
import { type ReactNode, useId, useRef, useState } from 'react';
import { UrlAnatomy } from '@/components/explain/url-anatomy.tsx';
import type { RequestDraft } from '@/lib/request-draft.ts';
import { useCurlImport } from '../hooks/use-curl-import.ts';
import { methodProblem } from '../utils/methods.ts';
import { AddressVariables, hintAt, type VariableHint } from './address-variables.tsx';
import { MethodPicker } from './method-picker.tsx';
import './request-line.css';

export interface RequestLineProps {
  draft: RequestDraft;
  onChange: (draft: RequestDraft) => void;
  running: boolean;
  onSend: () => void;
  onCancel: () => void;
  /** Marks each `{{name}}` in the address as defined or not, with what hovering it says. */
  variableHint?: (name: string) => VariableHint;
  /** The address as it will go out (variables filled in, a collection's base URL applied). */
  sentUrl?: string;
  /** Shown after Send, e.g. the Code button. */
  actions?: ReactNode;
  /** Takes the place of Send/Cancel (a ws:// address gets Connect); submitting still calls `onSend`. */
  primary?: ReactNode;
}

/** What the box's corner says about where a scheme-less address goes. */
function addressHint(url: string, sentUrl: string): string | null {
  if (url.trim() === '' || hasScheme(url)) return null;
  if (hasScheme(sentUrl)) {
    const origin = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(sentUrl.trim());
    return origin ? `to ${origin[0]}` : null;
  }
  return `will use ${withDefaultScheme(sentUrl).split('://')[0]}://`;
}

/** Method, address and Send/Cancel: the first line of an HTTP request, as it reads on the wire. */
export function RequestLine(props: RequestLineProps) {
  const { draft, onChange, running, onSend, onCancel, variableHint } = props;
  const ids = useId();
  const curl = useCurlImport(draft, onChange);
  const schemeHint = addressHint(draft.url, props.sentUrl ?? draft.url);
  const marked = variableHint !== undefined && findVariables(draft.url).length > 0;
  const mirror = useRef<HTMLDivElement>(null);
  const [title, setTitle] = useState<string | undefined>(undefined);
  // The marks behind the input follow it as it scrolls sideways under a long address.
  const followScroll = (input: HTMLInputElement) => {
    if (mirror.current) mirror.current.scrollLeft = input.scrollLeft;
  };
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
        <div className="request-line-url" data-marked={marked || undefined}>
          {marked ? <AddressVariables ref={mirror} url={draft.url} hint={variableHint} /> : null}
          <input
            aria-label="URL"
            aria-describedby={schemeHint ? `${ids}-scheme` : undefined}
            value={draft.url}
            title={marked ? title : undefined}
            placeholder="https://example.com/path?name=value, or paste a curl command"
            spellCheck={false}
            autoComplete="off"
            onPaste={curl.onPaste}
            onChange={(event) => curl.onUrlChange(event.target.value)}
            onScroll={(event) => followScroll(event.currentTarget)}
            onSelect={(event) => followScroll(event.currentTarget)}
            onMouseMove={(event) => {
              if (!marked) return;
              const next = hintAt(mirror.current, event.clientX, event.clientY, variableHint);
              if (next !== title) setTitle(next);
            }}
            onMouseLeave={() => setTitle(undefined)}
          />
          {schemeHint ? (
            <span id={`${ids}-scheme`} className="request-line-hint">
              {schemeHint}
            </span>
          ) : null}
        </div>
        {props.primary !== undefined ? (
          props.primary
        ) : running ? (
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
        {props.actions}
      </div>
      <UrlAnatomy url={props.sentUrl ?? draft.url} method={draft.method} />
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
