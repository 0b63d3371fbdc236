/**
 * Compression for share links, with the platform's `CompressionStream` rather than a library: every
 * browser the app supports has it (Chromium 80, Firefox 113, Safari 16.4) and so does Node 18+, so
 * it costs the bundle nothing. The zlib `deflate` format rather than `deflate-raw`: its Adler-32
 * checksum (6 bytes) lets a link that was cut or edited be told apart from a real collection,
 * instead of inflating into something else.
 */

// Typed by its chunks rather than DOM's `BufferSource`, which the proxy's Node-only types lack.
function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Deflates UTF-8 text (zlib format). */
export async function deflateText(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const stream = streamOf(new TextEncoder().encode(text)).pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Why inflating failed: `corrupt` (not deflate data, cut short, checksum wrong, not UTF-8) or `too-large`. */
export type InflateResult = { ok: true; text: string } | { ok: false; reason: 'corrupt' | 'too-large' };

/**
 * Inflates zlib data back to text, stopping as soon as the output passes `maxBytes`: a few
 * kilobytes of deflate can stand for gigabytes (a "zip bomb"), so the output is counted as it
 * streams and never held beyond the limit. Never throws.
 */
export async function inflateText(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<InflateResult> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    reader = streamOf(bytes).pipeThrough(new DecompressionStream('deflate')).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(whole) };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
