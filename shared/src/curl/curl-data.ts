/** One `-d`-family value: text to send, or a file curl would have read from disk. */
export type DataPiece = { type: 'text'; text: string } | { type: 'file'; fileName: string; binary: boolean };

/** One `-F` part: a text field or a file to upload (which the user picks again in the browser). */
export type CurlPart =
  | { kind: 'text'; name: string; value: string }
  | { kind: 'file'; name: string; fileName: string; contentType: string | null };

/** The value of `-d`, `--data-ascii`, `--data-binary` or `--data-raw` (which never reads a file). */
export function dataPiece(option: string, value: string): DataPiece {
  if (option !== 'data-raw' && value.startsWith('@')) {
    return { type: 'file', fileName: value.slice(1), binary: option === 'data-binary' };
  }
  return { type: 'text', text: value };
}

/** Percent-encodes like curl's `curl_easy_escape`: everything but letters, digits and `-._~`. */
export function curlEscape(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `--data-urlencode` (and `--url-query`): `content`, `=content` and `name=content` encode the
 * content; `@file` and `name@file` read a file, which the browser cannot do.
 */
export function urlencodedPiece(value: string): DataPiece {
  const eq = value.indexOf('=');
  const at = value.indexOf('@');
  if (at !== -1 && (eq === -1 || at < eq)) {
    return { type: 'file', fileName: value.slice(at + 1), binary: false };
  }
  if (eq === -1) return { type: 'text', text: curlEscape(value) };
  const name = value.slice(0, eq);
  const content = curlEscape(value.slice(eq + 1));
  return { type: 'text', text: name === '' ? content : `${name}=${content}` };
}

/** A value in double quotes, as `-F 'name="a;b"'` allows, with its `\"` and `\\` escapes. */
function unquote(text: string): { value: string; rest: string } {
  let value = '';
  for (let i = 1; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length) {
      i += 1;
      value += text[i];
    } else if (char === '"') {
      return { value, rest: text.slice(i + 1) };
    } else {
      value += char;
    }
  }
  return { value, rest: '' };
}

const ATTRIBUTE = /;\s*(?:type|filename|headers|encoder)=/i;

/** The value before `;type=…` and the other `;` attributes curl reads after it. */
function splitAttributes(text: string): { value: string; attributes: Map<string, string> } {
  let value: string;
  let rest: string;
  if (text.startsWith('"')) {
    ({ value, rest } = unquote(text));
  } else {
    const cut = text.search(ATTRIBUTE);
    value = cut === -1 ? text : text.slice(0, cut);
    rest = cut === -1 ? '' : text.slice(cut);
  }
  const attributes = new Map<string, string>();
  for (const attribute of rest.split(';')) {
    const eq = attribute.indexOf('=');
    if (eq > 0) attributes.set(attribute.slice(0, eq).trim().toLowerCase(), attribute.slice(eq + 1).trim());
  }
  return { value, attributes };
}

/**
 * A `-F`/`--form` value: `name=text`, `name=@file;type=image/png`, `name=<file` (a text field read
 * from a file). `--form-string` takes the text literally.
 */
export function formPart(option: string, spec: string): { part: CurlPart; fromFile: string | null } {
  const eq = spec.indexOf('=');
  const name = eq === -1 ? spec : spec.slice(0, eq);
  const raw = eq === -1 ? '' : spec.slice(eq + 1);
  if (option === 'form-string') return { part: { kind: 'text', name, value: raw }, fromFile: null };
  if (raw.startsWith('@')) {
    const { value, attributes } = splitAttributes(raw.slice(1));
    return {
      part: { kind: 'file', name, fileName: value, contentType: attributes.get('type') ?? null },
      fromFile: null,
    };
  }
  if (raw.startsWith('<')) {
    const { value } = splitAttributes(raw.slice(1));
    return { part: { kind: 'text', name, value: '' }, fromFile: value };
  }
  return { part: { kind: 'text', name, value: splitAttributes(raw).value }, fromFile: null };
}
