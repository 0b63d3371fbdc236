import type { OnMount } from '@monaco-editor/react';
import { CodeEditor } from '@/components/code-editor/code-editor.tsx';
import { formatBytes } from '@/lib/format-bytes.ts';
import { usePrettyText } from '../hooks/use-pretty-text.ts';
import { type BodyKind, editorLanguage } from '../utils/body-kind.ts';
import type { BodyText } from '../utils/body-text.ts';
import { EDITOR_LIMIT_CHARS } from '../utils/limits.ts';
import type { TextRows } from '../utils/text-rows.ts';
import { PlainTextView } from './plain-text-view.tsx';

export interface PrettyBodyProps {
  body: BodyText;
  kind: BodyKind;
  complete: boolean;
}

// Editing aids cost main-thread time per line on a big document and help nobody reading a response.
const READ_ONLY_OPTIONS: Parameters<Parameters<OnMount>[0]['updateOptions']>[0] = {
  bracketPairColorization: { enabled: false },
  guides: { bracketPairs: false, indentation: false },
  occurrencesHighlight: 'off',
  selectionHighlight: false,
  matchBrackets: 'never',
  colorDecorators: false,
  links: false,
  stickyScroll: { enabled: false },
  renderValidationDecorations: 'off',
  quickSuggestions: false,
  hover: { enabled: 'off' },
};

function formattedView(rows: TextRows, kind: BodyKind) {
  if (rows.length > EDITOR_LIMIT_CHARS) {
    return (
      <>
        <p className="body-note">
          {formatBytes(rows.length)} of text: shown without colours and folding, so the page stays fast.
        </p>
        <PlainTextView rows={rows} version={0} label="Received body" />
      </>
    );
  }
  return (
    <CodeEditor
      value={rows.text}
      language={editorLanguage(kind)}
      label="Received body"
      readOnly
      onMount={(editor) => editor.updateOptions(READ_ONLY_OPTIONS)}
    />
  );
}

/**
 * The body formatted (in a worker) and shown in Monaco with colours and folding. While it streams,
 * while it is being formatted, and when it is too big for Monaco, the plain windowed view stands in.
 */
export function PrettyBody({ body, kind, complete }: PrettyBodyProps) {
  const source = complete && !body.truncated ? body.rows.text : null;
  const pretty = usePrettyText(source, kind);

  if (pretty?.status === 'done') {
    return (
      <div className="body-view-fill">
        {pretty.note ? <p className="body-note">{pretty.note}</p> : null}
        {formattedView(pretty.rows, kind)}
      </div>
    );
  }
  const why = !complete
    ? 'Arriving: formatting starts when the whole body is here.'
    : body.truncated
      ? 'Too large to format: shown as received.'
      : pretty?.status === 'formatting'
        ? 'Formatting…'
        : null;
  if (why === null) return formattedView(body.rows, kind);
  return (
    <div className="body-view-fill">
      <p className="body-note" role="status">
        {why}
      </p>
      <PlainTextView rows={body.rows} version={body.version} label="Received body" />
    </div>
  );
}
