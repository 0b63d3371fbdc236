import type { KeyboardEvent } from 'react';
import type { RequestTab } from '../utils/workspace-state.ts';
import './request-tabs.css';

export interface RequestTabsProps {
  tabs: RequestTab[];
  activeId: string;
  running: (tab: RequestTab) => boolean;
  onSelect: (id: string) => void;
  onClose: (tab: RequestTab) => void;
  onNew: () => void;
  /** The saved request's name, when the tab shows one, and whether the tab has unsaved changes. */
  status?: (tab: RequestTab) => { name: string | null; unsaved: boolean };
}

const UNSAVED_NOTE_ID = 'request-tabs-unsaved-note';

function addressTitle(tab: RequestTab): string {
  const url = tab.draft.url.trim();
  if (url === '') return 'New request';
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '') || '/';
  return path.length > 28 ? `${path.slice(0, 27)}…` : path;
}

/** The open requests, like browser tabs: each keeps its own draft and response. */
export function RequestTabs({ tabs, activeId, running, onSelect, onClose, onNew, status }: RequestTabsProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((t) => t.id === activeId);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onSelect(next.id);
    document.getElementById(`request-tab-${next.id}`)?.focus();
  };
  return (
    <div className="request-tabs">
      <div role="tablist" aria-label="Open requests" className="request-tabs-list" onKeyDown={onKeyDown}>
        {tabs.map((tab, index) => {
          const selected = tab.id === activeId;
          const { name, unsaved } = status?.(tab) ?? { name: null, unsaved: false };
          const title = name ?? addressTitle(tab);
          return (
            <div key={tab.id} className="request-tab" data-selected={selected}>
              <button
                id={`request-tab-${tab.id}`}
                type="button"
                role="tab"
                aria-selected={selected}
                aria-controls="request-panel"
                aria-describedby={unsaved ? UNSAVED_NOTE_ID : undefined}
                tabIndex={selected ? 0 : -1}
                className="request-tab-button"
                onClick={() => onSelect(tab.id)}
              >
                <span className="request-tab-method">{tab.draft.method || '?'}</span> {title}
                {unsaved ? (
                  <span className="request-tab-unsaved" aria-hidden="true" title="Unsaved changes">
                    ●
                  </span>
                ) : null}
                {running(tab) ? (
                  <>
                    <span className="request-tab-busy" aria-hidden="true" />
                    <span className="visually-hidden"> (in flight)</span>
                  </>
                ) : null}
              </button>
              <button
                type="button"
                className="request-tab-close"
                // Named by position, not by address: an address holds words such as "status" that
                // would make this button answer to the page's own names (e.g. the element "Status").
                aria-label={`Close tab ${index + 1}`}
                title={`Close ${tab.draft.method} ${title}`}
                onClick={() => onClose(tab)}
              >
                ×
              </button>
            </div>
          );
        })}
      </div>
      <button type="button" className="request-tabs-new" aria-label="New request tab" onClick={onNew}>
        +
      </button>
      <span id={UNSAVED_NOTE_ID} hidden>
        unsaved changes
      </span>
    </div>
  );
}
