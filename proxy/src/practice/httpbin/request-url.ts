/**
 * The `url` httpbin reports: Werkzeug quotes the path and query again, then turns percent-escaped
 * UTF-8 back into characters (an IRI) while ASCII escapes such as `%20` or `%2F` stay escaped. A
 * learner comparing the playground with httpbin sees the same string.
 *
 * @example
 * requestIri('http', 'h:1', '/get?c=%C3%A9&g=a%20b&p=/x') // 'http://h:1/get?c=é&g=a%20b&p=%2Fx'
 */
export function requestIri(scheme: string, host: string, target: string): string {
  const q = target.indexOf('?');
  const rawPath = q === -1 ? target : target.slice(0, q);
  const rawQuery = q === -1 ? '' : target.slice(q + 1);
  // The path reaches Werkzeug already percent-decoded (the WSGI server does that), the query does not.
  const path = new TextDecoder().decode(percentDecode(rawPath));
  let url = `${scheme}://${host}/${quote(new TextEncoder().encode(path.replace(/^\/+/, '')), '/:')}`;
  if (rawQuery) url += `?${quote(latin1Bytes(rawQuery), ":&%=+$!*'(),")}`;
  return unquoteUtf8(url);
}

/** Werkzeug's _always_safe: unreserved characters plus the sub-delimiters other than & and =. */
const ALWAYS_SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~$!'()*+,;";

function quote(bytes: Uint8Array, safe: string): string {
  let out = '';
  for (const byte of bytes) {
    const ch = String.fromCharCode(byte);
    out += byte < 128 && (ALWAYS_SAFE.includes(ch) || safe.includes(ch)) ? ch : hex(byte);
  }
  return out;
}

const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;

function latin1Bytes(s: string): Uint8Array {
  // Characters above U+00FF only come from a URL that was already parsed; send them as UTF-8.
  return [...s].some((ch) => ch > '\u00ff')
    ? new TextEncoder().encode(s)
    : Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

function percentDecode(s: string): Uint8Array {
  const bytes = latin1Bytes(s);
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const pair = String.fromCharCode(bytes[i + 1] ?? 0, bytes[i + 2] ?? 0);
    if (bytes[i] === 0x25 && /^[0-9a-fA-F]{2}$/.test(pair)) {
      out.push(Number.parseInt(pair, 16));
      i += 2;
    } else {
      out.push(bytes[i]!);
    }
  }
  return Uint8Array.from(out);
}

/**
 * Werkzeug's uri_to_iri(): escapes of always-safe ASCII and of valid UTF-8 become characters; other
 * ASCII escapes stay as written and invalid bytes stay escaped.
 */
function unquoteUtf8(s: string): string {
  return s.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    const bytes = percentDecode(run);
    let out = '';
    let i = 0;
    while (i < bytes.length) {
      const byte = bytes[i]!;
      const length = byte < 0x80 ? 1 : utf8SequenceLength(bytes, i);
      if (byte < 0x80)
        out += ALWAYS_SAFE.includes(String.fromCharCode(byte))
          ? String.fromCharCode(byte)
          : run.slice(i * 3, i * 3 + 3);
      else if (length === 0) out += hex(byte);
      else out += new TextDecoder().decode(bytes.subarray(i, i + length));
      i += Math.max(length, 1);
    }
    return out;
  });
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const [length, min, max] =
    lead >= 0xc2 && lead <= 0xdf
      ? [2, 0x80, 0xbf]
      : lead === 0xe0
        ? [3, 0xa0, 0xbf]
        : lead === 0xed
          ? [3, 0x80, 0x9f]
          : lead >= 0xe1 && lead <= 0xef
            ? [3, 0x80, 0xbf]
            : lead === 0xf0
              ? [4, 0x90, 0xbf]
              : lead === 0xf4
                ? [4, 0x80, 0x8f]
                : lead >= 0xf1 && lead <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < min || second > max) return 0;
  for (let k = 2; k < length; k++) {
    const b = bytes[i + k]!;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return length;
}
