import { isAscii } from './body-shape.ts';
import type { DiagnosticsInput, Finding } from './finding.ts';
import type { MediaType } from './media-type.ts';

const topic = 'content';

// A charset the page declares itself, which browsers read in the first 1024 bytes (HTML §13.2.3.2).
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The encoding TextDecoder knows by this label ('utf8' is 'utf-8'), or null for an unknown one. */
function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function decodesAs(encoding: string, body: Uint8Array, complete: boolean): boolean {
  try {
    // stream: a cut body may end inside a character; that is not an error yet.
    new TextDecoder(encoding, { fatal: true }).decode(body, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

function missingCharset(input: DiagnosticsInput, type: MediaType, raw: string): Finding {
  const ascii = isAscii(input.body);
  const meta =
    type.declared === 'html'
      ? META_CHARSET.exec(new TextDecoder().decode(input.body.subarray(0, 1024)))
      : null;
  const evidence = [{ name: 'Content-Type', value: raw }];
  if (meta)
    return {
      id: 'charset/in-page-only',
      topic,
      severity: 'info',
      title: 'The charset is in the page, not in Content-Type',
      explanation: `The page declares charset=${meta[1]} in a <meta> tag, which browsers read. Clients that only look at the header (Python's requests, most API tools) do not, and guess instead (requests guesses ISO-8859-1 for any text/ type).`,
      hint: `Send Content-Type: ${type.essence}; charset=${meta[1]!.toLowerCase()} as well.`,
      evidence: [...evidence, { name: 'In the page', value: meta[0] }],
    };
  return {
    id: 'charset/missing',
    topic,
    severity: ascii ? 'info' : 'warning',
    title: `${type.essence} without a charset`,
    explanation: ascii
      ? 'Content-Type does not say how the text is encoded. It does not matter yet, as every byte of this body is plain ASCII; the first accented letter or emoji will be decoded by guesswork.'
      : 'Content-Type does not say how the text is encoded, and the body has non-ASCII bytes, so clients guess: browsers often guess windows-1252 and show "Ã©" where "é" was meant; Python\'s requests guesses ISO-8859-1 for any text/ type.',
    hint: `Send Content-Type: ${type.essence}; charset=utf-8 (and encode the text as UTF-8).`,
    evidence,
  };
}

/**
 * Text needs a charset to be read back as the same characters: missing (a warning once the body
 * has non-ASCII bytes), unknown, or not matching the bytes. JSON is always UTF-8 (RFC 8259) and
 * XML says it in its own first line, so only text/ types and HTML are asked for one.
 */
export function charsetFindings(input: DiagnosticsInput, type: MediaType, raw: string): Finding[] {
  const evidence = [{ name: 'Content-Type', value: raw }];
  if (type.charset === undefined) {
    const needsOne = type.essence.startsWith('text/') && type.declared !== 'xml';
    return needsOne && input.body.length > 0 ? [missingCharset(input, type, raw)] : [];
  }
  const encoding = encodingOf(type.charset);
  if (!encoding)
    return [
      {
        id: 'charset/unknown',
        topic,
        severity: 'warning',
        title: `charset=${type.charset} is not an encoding clients know`,
        explanation:
          'Clients cannot decode the text with an encoding they do not know, so they fall back to a guess.',
        hint: 'Use charset=utf-8.',
        evidence,
      },
    ];
  if (encoding === 'utf-8' && !decodesAs(encoding, input.body, input.bodyComplete))
    return [
      {
        id: 'charset/not-utf-8',
        topic,
        severity: 'warning',
        title: 'Says charset=utf-8, but the body is not valid UTF-8',
        explanation:
          'Some bytes of the body are not UTF-8 (the text was probably saved as windows-1252 or Latin-1). Clients show � (a replacement character) in their place.',
        hint: 'Encode the text as UTF-8 on the server, or name the charset it really uses.',
        evidence,
      },
    ];
  return [];
}
