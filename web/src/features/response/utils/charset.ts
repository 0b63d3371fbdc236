/** The `charset` parameter of a Content-Type, if any: `iso-8859-1` for `text/html; charset="ISO-8859-1"`. */
export function charsetParameter(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

/** `<meta charset>` or its http-equiv form in the first KB of an HTML document, as browsers look for it. */
export function sniffMetaCharset(head: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so the ASCII markup reads the same whatever the encoding.
  const text = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  const match = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(text);
  return match ? match[1]!.toLowerCase() : null;
}

function isSupported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding to decode a text body with: the Content-Type's charset, else (for HTML) a `<meta>`
 * charset, else UTF-8, which JSON requires and most of the web uses. Unknown labels fall back to UTF-8
 * too, so decoding never throws.
 */
export function detectCharset(contentType: string | null | undefined, head: Uint8Array): string {
  const candidates = [charsetParameter(contentType)];
  if (/html/i.test(contentType ?? '') || !contentType) candidates.push(sniffMetaCharset(head));
  for (const label of candidates) if (label && isSupported(label)) return label;
  return 'utf-8';
}
