import { useId } from 'react';
import { RequestHeaderExplanations } from '@/components/explain/request-header-explanations.tsx';
import {
  COMMON_HEADER_NAMES,
  HEADERS_WITH_VALUES,
  headerValueSuggestions,
} from '../utils/header-suggestions.ts';
import { headerRowProblems } from '../utils/header-validation.ts';
import { EditableTable } from './editable-table.tsx';
import type { PanelProps } from './panel-props.ts';

/** The headers the user sets, checked as they are typed, with common names and values offered. */
export function HeadersPanel({ draft, onChange }: PanelProps) {
  const ids = useId();
  const valuesId = (name: string) => `${ids}-values-${name.trim().toLowerCase()}`;
  return (
    <>
      <EditableTable
        title="Request headers"
        label="Request headers"
        noun="header"
        bulkStyle="header"
        rows={draft.headers}
        onChange={(rows) => onChange({ ...draft, headers: rows })}
        nameList={`${ids}-names`}
        valueList={(name) => (headerValueSuggestions(name).length > 0 ? valuesId(name) : undefined)}
        problems={headerRowProblems}
        namePlaceholder="Header-Name"
        valuePlaceholder="value"
      />
      <RequestHeaderExplanations names={draft.headers.map((row) => row.name)} />
      <p className="panel-help">
        Unless set here, the playground sends <code>User-Agent</code>, <code>Accept</code> and{' '}
        <code>Accept-Encoding</code> of its own. <code>Host</code> and <code>Content-Length</code> follow the
        URL and body; <code>Content-Type</code> and <code>Authorization</code> follow the Body and Auth tabs.
        A header set here wins.
      </p>
      <datalist id={`${ids}-names`}>
        {COMMON_HEADER_NAMES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {HEADERS_WITH_VALUES.map((name) => (
        <datalist key={name} id={valuesId(name)}>
          {headerValueSuggestions(name).map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
      ))}
    </>
  );
}
