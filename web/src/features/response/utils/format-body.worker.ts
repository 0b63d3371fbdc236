import type { BodyKind } from './body-kind.ts';
import { type FormattedBody, formatBody } from './format-body.ts';
import { type RowLayout, TextRows } from './text-rows.ts';

export interface FormatRequest {
  text: string;
  kind: BodyKind;
}

export interface FormatResult extends FormattedBody {
  /** The rows of the formatted text, laid out here so the page only has to draw them. */
  layout: RowLayout;
}

// Formatting a multi-megabyte body, and splitting the result into rows, takes long enough to freeze
// the page, so both happen here, off the main thread; the page shows the raw text meanwhile.
self.onmessage = (event: MessageEvent<FormatRequest>) => {
  const formatted = formatBody(event.data.text, event.data.kind);
  const layout = new TextRows(formatted.text).layout();
  const result: FormatResult = { ...formatted, layout };
  self.postMessage(result, { transfer: [layout.starts.buffer, layout.lines.buffer] });
};
