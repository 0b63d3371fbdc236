import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream';
import zlib from 'node:zlib';

/** The decoder for one content coding, or null when we cannot decode it (then bytes pass as they are). */
function decoderFor(coding: string): Transform | null {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
    case 'deflate':
      // Unzip reads both gzip and zlib-wrapped deflate. Flushing on a truncated stream shows what
      // did arrive, as browsers do, instead of failing the whole body.
      return zlib.createUnzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    default:
      return null;
  }
}

/** The codings listed in Content-Encoding, in the order they were applied. */
export function contentCodings(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
}

/**
 * The body decoded for display, when every coding is one we know; otherwise the raw body and
 * `decoded: false`.
 */
export function decodeBody(source: Readable, codings: string[]): { stream: Readable; decoded: boolean } {
  const decoders = codings.map(decoderFor).reverse();
  if (decoders.length === 0 || decoders.some((d) => d === null)) return { stream: source, decoded: false };
  const chain = decoders as Transform[];
  // pipeline passes an error in the source (a reset mid-body) on to the last stream, which is
  // what the reader iterates.
  pipeline(source, ...(chain as [Transform, ...Transform[]]), () => {});
  return { stream: chain[chain.length - 1]!, decoded: true };
}
