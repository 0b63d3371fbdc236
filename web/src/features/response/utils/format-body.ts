import type { BodyKind } from './body-kind.ts';
import { formatJson, isValidJson } from './format-json.ts';
import { formatMarkup } from './format-markup.ts';

export interface FormattedBody {
  text: string;
  /** Why the text is not formatted, or is formatted despite a problem; null when all went well. */
  note: string | null;
}

/** The Pretty view's text for a body: JSON, XML, HTML and SVG indented, anything else as it is. */
export function formatBody(text: string, kind: BodyKind): FormattedBody {
  switch (kind) {
    case 'json':
      return {
        text: formatJson(text),
        note: isValidJson(text) ? null : 'This is not valid JSON: indented as far as it goes.',
      };
    case 'html':
      return { text: formatMarkup(text, 'html'), note: null };
    case 'xml':
    case 'svg':
      return { text: formatMarkup(text, 'xml'), note: null };
    default:
      return { text, note: null };
  }
}
