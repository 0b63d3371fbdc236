import { computedMIMEType } from 'whatwg-mimetype';

/** What a body looks like from its bytes, whatever its Content-Type says. */
export type BodyShape =
  | { kind: 'empty' }
  /** Starts with `{` or `[`; `valid` is null when only part of the body was there to parse. */
  | { kind: 'json'; valid: boolean | null }
  | { kind: 'html' }
  | { kind: 'xml' }
  /** Text with no markup at all. */
  | { kind: 'text' }
  /** Bytes that never occur in text; `sniffed` is what a browser would call it, e.g. image/png. */
  | { kind: 'binary'; sniffed: string };

// Any start or end tag, comment or doctype: the Flask "Hello" has none, "<p>Hello</p>" has one.
const MARKUP = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>|<!--|<!doctype/i;

/** What a browser would take the bytes for with no Content-Type, per the WHATWG MIME Sniffing rules. */
export function sniffedType(body: Uint8Array): string {
  return computedMIMEType(body).essence;
}

/** The body as UTF-8 text (invalid bytes replaced), without a byte order mark. */
export function bodyText(body: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(body);
}

/**
 * Classifies a body by its bytes. Browsers' own sniffing tells binary from text (and finds the
 * common HTML starts); JSON is recognised by its first character and, when the body is whole,
 * by parsing it.
 *
 * @example bodyShape(new TextEncoder().encode('Hello'), true) // { kind: 'text' }
 */
export function bodyShape(body: Uint8Array, complete: boolean): BodyShape {
  if (body.length === 0) return { kind: 'empty' };
  const sniffed = sniffedType(body);
  if (sniffed !== 'text/plain' && sniffed !== 'text/html' && sniffed !== 'text/xml')
    return { kind: 'binary', sniffed };
  const text = bodyText(body);
  const start = text.trimStart();
  if (start === '') return { kind: 'text' };
  if (start.startsWith('{') || start.startsWith('[')) {
    if (!complete) return { kind: 'json', valid: null };
    try {
      JSON.parse(text);
      return { kind: 'json', valid: true };
    } catch {
      // Starts like JSON but is not: a JavaScript object literal, a cut body, a log line.
      return { kind: 'json', valid: false };
    }
  }
  if (sniffed === 'text/xml') return { kind: 'xml' };
  if (sniffed === 'text/html' || MARKUP.test(text)) return { kind: 'html' };
  return { kind: 'text' };
}

/** true when every byte is 7-bit ASCII, so any charset decodes the body alike. */
export function isAscii(body: Uint8Array): boolean {
  return body.every((byte) => byte < 0x80);
}

/** A short, safe preview of the body's first characters for evidence. */
export function bodyStart(body: Uint8Array, length = 60): string {
  const text = bodyText(body.subarray(0, length * 4))
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
