import { lazy, Suspense, useId } from 'react';
import { BODY_KINDS, type DraftBody, type DraftBodyKind, sentContentType } from '@/lib/request-draft.ts';
import { EditableTable } from './editable-table.tsx';
import { FilePicker } from './file-picker.tsx';
import { MultipartTable } from './multipart-table.tsx';
import type { PanelProps } from './panel-props.ts';
import './body-panel.css';

// The text editor brings Monaco's wrapper and the JSON checker: loaded when a text body is chosen.
const BodyTextEditor = lazy(async () => ({
  default: (await import('./body-text-editor.tsx')).BodyTextEditor,
}));

const KIND_LABELS: Record<DraftBodyKind, string> = {
  none: 'None',
  json: 'JSON',
  text: 'Text',
  xml: 'XML',
  html: 'HTML',
  'form-urlencoded': 'Form (urlencoded)',
  multipart: 'Multipart form',
  binary: 'File (binary)',
};

/** Says which Content-Type goes out and why, so a learner sees the header follow the body. */
function ContentTypeNote({ draft }: Pick<PanelProps, 'draft'>) {
  const sent = sentContentType(draft);
  if (draft.body.kind === 'none') {
    return <p className="body-note">No body{sent ? '' : ', so no Content-Type header'}.</p>;
  }
  if (!sent) return null;
  const brokenMultipart =
    draft.body.kind === 'multipart' && sent.from === 'headers' && !/boundary=/i.test(sent.value);
  return (
    <p className="body-note" data-warn={brokenMultipart || undefined}>
      Content-Type that will be sent: <code>{sent.value || '(empty)'}</code>{' '}
      {sent.from === 'body'
        ? '(follows the body type).'
        : brokenMultipart
          ? '(from Headers, without the boundary the parts need: remove it from Headers and the playground writes one).'
          : '(from Headers, which wins over the body type).'}
    </p>
  );
}

/** The request body: its kind, and the editor for that kind. Each kind keeps its content. */
export function BodyPanel({ draft, onChange, onSend }: PanelProps & { onSend: () => void }) {
  const ids = useId();
  const body = draft.body;
  const setBody = (next: DraftBody) => onChange({ ...draft, body: next });
  const bodyless = ['GET', 'HEAD'].includes(draft.method) && body.kind !== 'none';
  return (
    <div className="body-panel">
      <fieldset className="body-kinds">
        <legend className="panel-title">Body type</legend>
        {BODY_KINDS.map((kind) => (
          <label key={kind} className="body-kind">
            <input
              type="radio"
              name={`${ids}-kind`}
              value={kind}
              checked={body.kind === kind}
              onChange={() => setBody({ ...body, kind })}
            />
            <span>{KIND_LABELS[kind]}</span>
          </label>
        ))}
      </fieldset>
      <ContentTypeNote draft={draft} />
      {bodyless ? (
        <p className="body-note" data-warn>
          A {draft.method} request may carry a body, but most servers ignore it.
        </p>
      ) : null}
      {body.kind === 'json' || body.kind === 'text' || body.kind === 'xml' || body.kind === 'html' ? (
        <Suspense fallback={<p className="body-note">Loading the editor…</p>}>
          <BodyTextEditor body={body} onChange={setBody} onSend={onSend} />
        </Suspense>
      ) : null}
      {body.kind === 'form-urlencoded' ? (
        <EditableTable
          title="Form fields"
          label="Form fields"
          noun="field"
          bulkStyle="pair"
          rows={body.fields}
          onChange={(fields) => setBody({ ...body, fields })}
          namePlaceholder="name"
          valuePlaceholder="value"
        />
      ) : null}
      {body.kind === 'multipart' ? (
        <MultipartTable parts={body.parts} onChange={(parts) => setBody({ ...body, parts })} />
      ) : null}
      {body.kind === 'binary' ? (
        <FilePicker
          label="Body file"
          file={body.file}
          wantedFile={body.wantedFile}
          onChange={(file) => setBody({ ...body, file, wantedFile: undefined })}
        />
      ) : null}
    </div>
  );
}
