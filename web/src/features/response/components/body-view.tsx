import type { ExchangeSnapshot, ResponseEvent } from '@playground/shared';
import { useMemo, useState } from 'react';
import { formatBytes } from '@/lib/format-bytes.ts';
import { isBodyComplete, useBodyText } from '../hooks/use-body-text.ts';
import { type BodyKind, bodyKind, isTextKind, mediaType } from '../utils/body-kind.ts';
import { detectCharset } from '../utils/charset.ts';
import { saveFileName } from '../utils/file-name.ts';
import { headerValue } from '../utils/header-value.ts';
import { DISPLAY_LIMIT_BYTES } from '../utils/limits.ts';
import { BodyActions } from './body-actions.tsx';
import { BodyPreview } from './body-preview.tsx';
import { HexView } from './hex-view.tsx';
import { PlainTextView } from './plain-text-view.tsx';
import { PrettyBody } from './pretty-body.tsx';
import { type ViewTab, ViewTabs } from './view-tabs.tsx';
import './body-view.css';

type BodyMode = 'pretty' | 'raw' | 'preview' | 'hex';

const TABS: Record<BodyMode, ViewTab> = {
  pretty: { id: 'pretty', label: 'Pretty' },
  raw: { id: 'raw', label: 'Raw' },
  preview: { id: 'preview', label: 'Preview' },
  hex: { id: 'hex', label: 'Hex' },
};

function modesFor(kind: BodyKind): BodyMode[] {
  if (kind === 'image') return ['preview', 'hex'];
  if (kind === 'binary') return ['hex'];
  return ['pretty', 'raw', 'preview'];
}

export interface BodyViewProps {
  exchange: ExchangeSnapshot;
  response: ResponseEvent;
}

/** The body in the views that suit it (Pretty, Raw, Preview for text; Preview, Hex for bytes), plus Copy and Save. */
export function BodyView({ exchange, response }: BodyViewProps) {
  const contentType = headerValue(response.headers, 'content-type');
  const first = exchange.chunks[0];
  const head = useMemo(() => first?.subarray(0, 1024) ?? new Uint8Array(0), [first]);
  const kind = useMemo(() => bodyKind(contentType, head), [contentType, head]);
  const charset = useMemo(() => detectCharset(contentType, head), [contentType, head]);
  const body = useBodyText(exchange, isTextKind(kind) ? charset : 'utf-8');
  const complete = isBodyComplete(exchange);
  const modes = modesFor(kind);
  const [chosen, setChosen] = useState<BodyMode | null>(null);
  const mode = chosen && modes.includes(chosen) ? chosen : modes[0]!;
  const type = mediaType(contentType) || 'application/octet-stream';

  if (complete && exchange.bodyBytes === 0) {
    return <p className="body-empty">No body: the response ended after its headers.</p>;
  }
  const textual = isTextKind(kind);
  return (
    <ViewTabs
      label="Body views"
      className="body-view"
      tabs={modes.map((m) => TABS[m])}
      selected={mode}
      onSelect={(id) => setChosen(id as BodyMode)}
      actions={
        <BodyActions
          copyText={textual ? () => body.rows.text : null}
          chunks={exchange.chunks}
          type={type}
          fileName={saveFileName(
            headerValue(response.headers, 'content-disposition'),
            response.url,
            contentType,
          )}
          complete={complete}
        />
      }
    >
      {textual && body.truncated ? (
        <p className="body-note body-note-warning">
          Showing the first {formatBytes(DISPLAY_LIMIT_BYTES)} of {formatBytes(exchange.bodyBytes)}
          {complete ? '' : ' so far'} — Save to file for the whole body.
        </p>
      ) : null}
      {mode === 'pretty' ? <PrettyBody body={body} kind={kind} complete={complete} /> : null}
      {mode === 'raw' ? (
        <PlainTextView rows={body.rows} version={body.version} label="Received body, raw" />
      ) : null}
      {mode === 'preview' ? (
        <BodyPreview kind={kind} body={body} exchange={exchange} url={response.url} type={type} />
      ) : null}
      {mode === 'hex' ? <HexView chunks={exchange.chunks} version={exchange.version} /> : null}
    </ViewTabs>
  );
}
