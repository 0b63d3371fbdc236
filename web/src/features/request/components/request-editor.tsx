import { type KeyboardEvent, useId, useState } from 'react';
import type { DraftBodyKind, RequestDraft } from '@/lib/request-draft.ts';
import { countHeaderProblems } from '../utils/header-validation.ts';
import { AuthPanel } from './auth-panel.tsx';
import { BodyPanel } from './body-panel.tsx';
import { HeadersPanel } from './headers-panel.tsx';
import { ParamsPanel } from './params-panel.tsx';
import { SettingsPanel } from './settings-panel.tsx';
import './request-editor.css';

export interface RequestEditorProps {
  draft: RequestDraft;
  onChange: (draft: RequestDraft) => void;
  /** Ctrl/Cmd+Enter inside an editor (e.g. Monaco, which keeps keys to itself) sends. */
  onSend: () => void;
}

const TABS = ['Params', 'Headers', 'Body', 'Auth', 'Settings'] as const;
type Tab = (typeof TABS)[number];

interface Badge {
  text: string;
  /** The same in words, read after the tab's name. */
  description: string;
  warn?: boolean;
}

const BODY_BADGES: Record<DraftBodyKind, string | null> = {
  none: null,
  json: 'JSON',
  text: 'Text',
  xml: 'XML',
  html: 'HTML',
  'form-urlencoded': 'Form',
  multipart: 'Multipart',
  binary: 'File',
};

const used = (rows: readonly { name: string; value: string; enabled: boolean }[]) =>
  rows.filter((row) => row.enabled && (row.name !== '' || row.value !== '')).length;

function badgeOf(tab: Tab, draft: RequestDraft): Badge | null {
  switch (tab) {
    case 'Params': {
      const count = used(draft.params) + draft.pathVariables.length;
      return count > 0 ? { text: String(count), description: `${count} in use` } : null;
    }
    case 'Headers': {
      const problems = countHeaderProblems(draft.headers);
      if (problems > 0) return { text: '!', description: `${problems} with a problem`, warn: true };
      const count = used(draft.headers);
      return count > 0 ? { text: String(count), description: `${count} set` } : null;
    }
    case 'Body': {
      const kind = BODY_BADGES[draft.body.kind];
      return kind ? { text: kind, description: `${kind} body` } : null;
    }
    case 'Auth':
      return draft.auth.type === 'none'
        ? null
        : { text: draft.auth.type === 'basic' ? 'Basic' : 'Bearer', description: `${draft.auth.type} auth` };
    case 'Settings':
      return null;
  }
}

/** Params, Headers, Body, Auth and Settings of the request being composed, as ARIA tabs. */
export function RequestEditor({ draft, onChange, onSend }: RequestEditorProps) {
  const [tab, setTab] = useState<Tab>('Params');
  const ids = useId();
  const tabId = (name: Tab) => `${ids}-tab-${name}`;

  // The ARIA tabs pattern: arrows move between tabs (selecting as they go), Home and End jump.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(tab);
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % TABS.length,
      ArrowLeft: (index - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const next = TABS[moves[event.key] ?? -1];
    if (!next) return;
    event.preventDefault();
    setTab(next);
    document.getElementById(tabId(next))?.focus();
  };

  const panelProps = { draft, onChange };
  return (
    <section aria-label="Request editor" className="request-editor">
      <div role="tablist" aria-label="Request parts" className="request-editor-tabs" onKeyDown={onKeyDown}>
        {TABS.map((name) => {
          const badge = badgeOf(name, draft);
          return (
            <button
              key={name}
              id={tabId(name)}
              type="button"
              role="tab"
              aria-selected={tab === name}
              aria-controls={`${ids}-panel`}
              aria-describedby={badge ? `${tabId(name)}-badge` : undefined}
              tabIndex={tab === name ? 0 : -1}
              className="request-editor-tab"
              onClick={() => setTab(name)}
            >
              {name}
              {badge ? (
                <>
                  <span
                    className="request-editor-badge"
                    data-warn={badge.warn || undefined}
                    aria-hidden="true"
                  >
                    {badge.text}
                  </span>
                  <span id={`${tabId(name)}-badge`} hidden>
                    {badge.description}
                  </span>
                </>
              ) : null}
            </button>
          );
        })}
      </div>
      <div
        id={`${ids}-panel`}
        role="tabpanel"
        aria-labelledby={tabId(tab)}
        className="request-editor-panel"
        data-tab={tab}
      >
        {tab === 'Params' ? <ParamsPanel {...panelProps} /> : null}
        {tab === 'Headers' ? <HeadersPanel {...panelProps} /> : null}
        {tab === 'Body' ? <BodyPanel {...panelProps} onSend={onSend} /> : null}
        {tab === 'Auth' ? <AuthPanel {...panelProps} /> : null}
        {tab === 'Settings' ? <SettingsPanel {...panelProps} /> : null}
      </div>
    </section>
  );
}
