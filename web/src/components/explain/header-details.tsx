import type { HeaderDirection } from '@playground/shared/knowledge';
import { use } from 'react';
import { loadKnowledge } from './load-knowledge.ts';

const DIRECTION: Record<HeaderDirection, string> = {
  request: 'Sent by clients, in requests.',
  response: 'Sent by servers, in answers.',
  both: 'Sent in requests and in answers.',
};

/** The header lookup, once the explanations have loaded (suspends until then). */
export function useExplainHeader() {
  return use(loadKnowledge()).explainHeader;
}

/** What one header is for; nothing for a header we have not written about. */
export function HeaderDetails({ name }: { name: string }) {
  const info = useExplainHeader()(name);
  if (!info) return null;
  return (
    <div className="explain-header-details">
      <p className="explain-title">
        <span className="mono">{info.name}</span>
        {info.spec ? <span className="explain-spec">{info.spec}</span> : null}
      </p>
      <p>
        {info.summary} <span className="explain-muted">{DIRECTION[info.direction]}</span>
      </p>
      {info.note ? <p>{info.note}</p> : null}
    </div>
  );
}

export interface HeaderToggleProps {
  name: string;
  /** Makes the name unique on the page: "Explain received header ETag" vs "Explain header ETag". */
  prefix: string;
  /** Shows the header's name on the button, not just the "?". */
  showName?: boolean;
  expanded: boolean;
  controls: string;
  onToggle: () => void;
}

/**
 * The button that opens a header's explanation. Named by its text (not aria-label), so the page's
 * label lookups (e.g. for "Method") never match a header such as Access-Control-Allow-Methods.
 */
export function HeaderToggle({ name, prefix, showName, expanded, controls, onToggle }: HeaderToggleProps) {
  return (
    <button
      type="button"
      className="explain-button explain-header-button"
      aria-expanded={expanded}
      aria-controls={expanded ? controls : undefined}
      onClick={onToggle}
    >
      <span aria-hidden="true">?</span>
      {showName ? (
        <>
          <span className="visually-hidden">{prefix} </span>
          <span className="mono">{name}</span>
        </>
      ) : (
        <span className="visually-hidden">
          {prefix} {name}
        </span>
      )}
    </button>
  );
}

/** HeaderToggle for a header we can explain; nothing for one we cannot. Suspends until loaded. */
export function KnownHeaderToggle(props: HeaderToggleProps) {
  const explainHeader = useExplainHeader();
  return explainHeader(props.name) ? <HeaderToggle {...props} /> : null;
}
