import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import './view-tabs.css';

export interface ViewTab {
  id: string;
  /** The tab's accessible name, e.g. "Headers". */
  label: string;
  /** A detail after the name (e.g. a count), left out of the accessible name. */
  badge?: string;
  /** `warning` colours the badge, for a count of things worth fixing. */
  badgeTone?: 'warning';
}

export interface ViewTabsProps {
  /** Names the tab list, e.g. "Response views". */
  label: string;
  tabs: readonly ViewTab[];
  selected: string;
  onSelect: (id: string) => void;
  /** The selected view; only it is rendered, so hidden views cost nothing. */
  children: ReactNode;
  className?: string;
  /** Extra controls on the tab row (e.g. Copy, Save). */
  actions?: ReactNode;
}

/** Tabs as the ARIA pattern has them: one tab stop, arrow keys move, Home/End jump. */
export function ViewTabs({ label, tabs, selected, onSelect, children, className, actions }: ViewTabsProps) {
  const prefix = useId();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length]!;
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`[data-tab="${next.id}"]`)?.focus();
  };

  return (
    <div className={`view-tabs ${className ?? ''}`}>
      <div className="view-tabs-row">
        <div role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown} className="view-tabs-list">
          {tabs.map((tab) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`${prefix}-${tab.id}`}
              data-tab={tab.id}
              aria-selected={tab.id === selected}
              aria-controls={`${prefix}-panel`}
              tabIndex={tab.id === selected ? 0 : -1}
              className="view-tab"
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
              {tab.badge ? (
                <span
                  className={`view-tab-badge${tab.badgeTone ? ` view-tab-badge-${tab.badgeTone}` : ''}`}
                  aria-hidden="true"
                >
                  {tab.badge}
                </span>
              ) : null}
            </button>
          ))}
        </div>
        {actions ? <div className="view-tabs-actions">{actions}</div> : null}
      </div>
      <div
        role="tabpanel"
        id={`${prefix}-panel`}
        aria-labelledby={`${prefix}-${selected}`}
        className="view-tabs-panel"
      >
        {children}
      </div>
    </div>
  );
}
