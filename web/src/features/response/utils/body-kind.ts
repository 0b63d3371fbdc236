/** How a body is best shown; decides the views offered and the editor language. */
export type BodyKind = 'json' | 'xml' | 'html' | 'svg' | 'image' | 'text' | 'binary';

/** The media type without parameters, lower-cased: `application/json` for `application/json; charset=utf-8`. */
export function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

const TEXT_TYPES = [
  'application/javascript',
  'application/ecmascript',
  'application/x-www-form-urlencoded',
  'application/graphql',
  'application/x-ndjson',
  'application/yaml',
  'application/x-yaml',
  'application/toml',
  'application/sql',
];

function kindFromType(type: string): BodyKind | null {
  if (type === 'image/svg+xml') return 'svg';
  if (type.startsWith('image/')) return 'image';
  if (type === 'application/json' || type.endsWith('+json') || type === 'text/json') return 'json';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml')) return 'xml';
  if (type.startsWith('text/') || TEXT_TYPES.includes(type)) return 'text';
  if (type === '' || type === 'application/octet-stream') return null;
  return 'binary';
}

/** A NUL byte, or many control characters, in the first bytes means binary, as browsers sniff it. */
function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return head.length > 0 && control / head.length > 0.1;
}

function sniffText(head: Uint8Array): BodyKind {
  const start = new TextDecoder().decode(head.subarray(0, 256)).trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (/^<!doctype html|^<html/i.test(start)) return 'html';
  if (start.startsWith('<?xml') || /^<svg[\s>]/.test(start)) return start.includes('<svg') ? 'svg' : 'xml';
  return 'text';
}

/**
 * What a body is, from its Content-Type; when that is missing or says only "octet-stream", from its
 * first bytes.
 *
 * @example bodyKind('application/problem+json', bytes) // 'json'
 */
export function bodyKind(contentType: string | null | undefined, head: Uint8Array): BodyKind {
  const fromType = kindFromType(mediaType(contentType));
  if (fromType) return fromType;
  return looksBinary(head.subarray(0, 1024)) ? 'binary' : sniffText(head);
}

/** The Monaco language for a kind. */
export function editorLanguage(kind: BodyKind): string {
  if (kind === 'json' || kind === 'xml' || kind === 'html') return kind;
  if (kind === 'svg') return 'xml';
  return 'plaintext';
}

/** Kinds shown as text (Pretty/Raw); the others as bytes (Preview/Hex). */
export function isTextKind(kind: BodyKind): boolean {
  return kind !== 'image' && kind !== 'binary';
}
