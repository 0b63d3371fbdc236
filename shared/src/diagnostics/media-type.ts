import { MIMEType } from 'whatwg-mimetype';

/** What a Content-Type promises, in the groups the checks care about. */
export type Declared = 'html' | 'json' | 'xml' | 'text' | 'binary' | 'other';

/** A parsed Content-Type: its essence (`text/html`), its group and its charset parameter. */
export interface MediaType {
  essence: string;
  declared: Declared;
  charset: string | undefined;
}

// Types that are bytes, not text: a client must not decode them as characters.
const BINARY_APPLICATION =
  /^(octet-stream|pdf|zip|gzip|x-gzip|x-tar|x-7z-compressed|vnd\.rar|wasm|x-protobuf|protobuf|msgpack|x-msgpack|ogg|vnd\.ms-fontobject)$/;

function declaredOf(type: MIMEType): Declared {
  if (type.isHTML()) return 'html';
  if (type.essence === 'application/json' || type.essence === 'text/json' || type.subtype.endsWith('+json'))
    return 'json';
  if (type.isXML()) return 'xml';
  if (type.type === 'text' || type.isJavaScript()) return 'text';
  if (['image', 'audio', 'video', 'font'].includes(type.type)) return 'binary';
  if (type.type === 'application' && BINARY_APPLICATION.test(type.subtype)) return 'binary';
  return 'other';
}

/**
 * Parses a Content-Type value as browsers do (WHATWG MIME Sniffing), or null when it is not a
 * media type at all (e.g. `json`, `text`).
 *
 * @example parseMediaType('Text/HTML; Charset="utf-8"') // { essence: 'text/html', declared: 'html', charset: 'utf-8' }
 */
export function parseMediaType(value: string): MediaType | null {
  const type = MIMEType.parse(value);
  if (!type) return null;
  return { essence: type.essence, declared: declaredOf(type), charset: type.parameters.get('charset') };
}

/** A Content-Type to suggest for a body of this shape (a sniffed binary type is passed through). */
export function suggestedType(shape: string): string {
  switch (shape) {
    case 'json':
      return 'application/json';
    case 'html':
      return 'text/html; charset=utf-8';
    case 'xml':
      return 'application/xml';
    case 'text':
      return 'text/plain; charset=utf-8';
    default:
      return shape;
  }
}
