import type { OnMount } from '@monaco-editor/react';
import { useId, useRef } from 'react';
import { CodeEditor } from '@/components/code-editor/code-editor.tsx';
import type { DraftBody } from '@/lib/request-draft.ts';
import { TEXT_CONTENT_TYPES } from '../utils/header-suggestions.ts';
import { formatJson, jsonProblem } from '../utils/json-check.ts';

export interface BodyTextEditorProps {
  body: DraftBody;
  onChange: (body: DraftBody) => void;
  onSend: () => void;
}

const LANGUAGES = { json: 'json', text: 'plaintext', xml: 'xml', html: 'html' } as const;

/** JSON, text, XML and HTML bodies in Monaco; JSON is checked as it is typed and can be formatted. */
export function BodyTextEditor({ body, onChange, onSend }: BodyTextEditorProps) {
  const ids = useId();
  // Monaco keeps the command it was given at mount; the ref lets it call the current onSend.
  const send = useRef(onSend);
  send.current = onSend;
  const kind = body.kind === 'json' || body.kind === 'xml' || body.kind === 'html' ? body.kind : 'text';
  const problem = kind === 'json' ? jsonProblem(body.text) : null;

  const onMount: OnMount = (editor, monaco) => {
    // Monaco keeps keys to itself, so Ctrl/Cmd+Enter has to be taught to it.
    editor.addAction({
      id: 'playground.send',
      label: 'Send the request',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => send.current(),
    });
  };

  return (
    <div className="body-text">
      {kind === 'text' ? (
        <label className="field field-inline">
          <span>Content-Type</span>
          <input
            className="kv-input"
            value={body.textContentType}
            list={`${ids}-types`}
            spellCheck={false}
            onChange={(event) => onChange({ ...body, textContentType: event.target.value })}
          />
          <datalist id={`${ids}-types`}>
            {TEXT_CONTENT_TYPES.map((type) => (
              <option key={type} value={type} />
            ))}
          </datalist>
        </label>
      ) : null}
      <div className="body-editor">
        <CodeEditor
          value={body.text}
          onChange={(text) => onChange({ ...body, text })}
          language={LANGUAGES[kind]}
          label="Request body"
          height="100%"
          onMount={onMount}
        />
      </div>
      {kind === 'json' ? (
        <div className="body-json-bar">
          <p className="body-json-status" data-ok={problem === null}>
            {body.text.trim() === ''
              ? 'Empty: the body is sent with no bytes.'
              : problem
                ? `Not valid JSON: line ${problem.line}, column ${problem.column}: ${problem.message}.`
                : 'Valid JSON.'}
          </p>
          <button
            type="button"
            className="panel-action"
            disabled={body.text.trim() === ''}
            onClick={() => onChange({ ...body, text: formatJson(body.text) })}
          >
            Format
          </button>
        </div>
      ) : null}
    </div>
  );
}
