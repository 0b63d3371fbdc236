import { Suspense, useId, useState } from 'react';
import { HeaderDetails, HeaderToggle, useExplainHeader } from './header-details.tsx';
import './explain.css';

/** The names to offer: each known header once (as first typed), whatever its case or repeats. */
function knownNames(names: readonly string[], known: (name: string) => unknown): string[] {
  const byKey = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim();
    if (name !== '' && !byKey.has(name.toLowerCase()) && known(name)) byKey.set(name.toLowerCase(), name);
  }
  return [...byKey.values()];
}

function Explanations({ names }: { names: readonly string[] }) {
  const explainHeader = useExplainHeader();
  const [open, setOpen] = useState<string | null>(null);
  const panelId = useId();
  const shown = knownNames(names, explainHeader);
  const current = shown.find((name) => name.toLowerCase() === open);
  if (shown.length === 0) return null;
  return (
    <div className="explain-request-headers">
      <p className="explain-muted">What these headers do:</p>
      <ul className="explain-chips">
        {shown.map((name) => (
          <li key={name.toLowerCase()}>
            <HeaderToggle
              name={name}
              prefix="Explain header"
              showName
              expanded={current === name}
              controls={panelId}
              onToggle={() => setOpen(current === name ? null : name.toLowerCase())}
            />
          </li>
        ))}
      </ul>
      {current ? (
        <div id={panelId} className="explain-panel explain-inline">
          <HeaderDetails name={current} />
        </div>
      ) : null}
    </div>
  );
}

/**
 * Under the request Headers table: a button for each header typed there that we can explain, and
 * the explanation of the one chosen. Headers we have not written about get nothing.
 */
export function RequestHeaderExplanations({ names }: { names: readonly string[] }) {
  if (names.every((name) => name.trim() === '')) return null;
  return (
    <Suspense fallback={null}>
      <Explanations names={names} />
    </Suspense>
  );
}
