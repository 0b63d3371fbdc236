import type { KeyValue } from '../schemas/request-spec.ts';
import type { CurlPart, DataPiece } from './curl-data.ts';

/** The body a curl command sends, in the playground's body kinds. */
export type CurlBody =
  | { kind: 'none' }
  | { kind: 'json'; text: string }
  | { kind: 'text'; text: string; contentType: string }
  | { kind: 'form-urlencoded'; fields: KeyValue[] }
  | { kind: 'multipart'; parts: CurlPart[] }
  /** A file curl would have read from disk: the user picks it in the browser. */
  | { kind: 'binary'; fileName: string };

export interface CurlBodyInput {
  data: DataPiece[];
  /** `--json` was used: its pieces are joined with nothing between them, and the type is JSON. */
  json: boolean;
  parts: CurlPart[];
  /** `-T file`. */
  upload: string | null;
  /** The Content-Type header the command sets, if any. */
  contentType: string | null;
}

export interface CurlBodyResult {
  body: CurlBody;
  /** The command's Content-Type header says nothing the body kind does not already send. */
  contentTypeImplied: boolean;
  notes: string[];
}

const FORM_TYPE = /^application\/x-www-form-urlencoded\s*$/i;
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

function decodeFormText(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, ' '));
}

/**
 * `name=value&…` as table rows, or null when the text is not such a list (then it is sent as
 * text, byte for byte, under the same Content-Type).
 */
export function formFields(text: string): KeyValue[] | null {
  const pieces = text.split('&').filter((piece) => piece !== '');
  if (!pieces.every((piece) => piece.indexOf('=') > 0)) return null;
  try {
    return pieces.map((piece) => {
      const eq = piece.indexOf('=');
      return {
        name: decodeFormText(piece.slice(0, eq)),
        value: decodeFormText(piece.slice(eq + 1)),
        enabled: true,
      };
    });
  } catch {
    // A stray `%` that starts no escape: keep the text exactly as written.
    return null;
  }
}

/** Decides the body kind as curl would send it: `-F` is multipart, `-d` a form unless typed otherwise. */
export function curlBody(input: CurlBodyInput): CurlBodyResult {
  const notes: string[] = [];
  const type = input.contentType?.trim() ?? null;
  if (input.parts.length > 0) {
    if (input.data.length > 0)
      notes.push('curl does not send -d data together with -F fields: the -d data was left out.');
    // A multipart type without its boundary would break the body: the playground writes its own.
    const implied = type === null || !/boundary=/i.test(type);
    return { body: { kind: 'multipart', parts: input.parts }, contentTypeImplied: implied, notes };
  }
  if (input.upload !== null)
    return { body: { kind: 'binary', fileName: input.upload }, contentTypeImplied: false, notes };
  if (input.data.length === 0) return { body: { kind: 'none' }, contentTypeImplied: false, notes };

  const [first] = input.data;
  if (input.data.length === 1 && first?.type === 'file') {
    return { body: { kind: 'binary', fileName: first.fileName }, contentTypeImplied: false, notes };
  }
  const texts = input.data.map((piece) => {
    if (piece.type === 'text') return piece.text;
    notes.push(
      `curl would read part of the body from the file "${piece.fileName}": paste its content into the body.`,
    );
    return '';
  });
  const text = texts.join(input.json ? '' : '&');
  const sent = type ?? (input.json ? 'application/json' : 'application/x-www-form-urlencoded');
  if (JSON_TYPE.test(sent)) {
    return { body: { kind: 'json', text }, contentTypeImplied: /^application\/json\s*$/i.test(sent), notes };
  }
  const fields = FORM_TYPE.test(sent) ? formFields(text) : null;
  if (fields !== null) return { body: { kind: 'form-urlencoded', fields }, contentTypeImplied: true, notes };
  return { body: { kind: 'text', text, contentType: sent }, contentTypeImplied: true, notes };
}
