import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/**
 * A request's body as text, read straight from Node's request when there is one (building a web
 * Request for it costs more than the rest of a small call), refusing past `maxBytes` without
 * reading further. `declared` is the Content-Length the client announced, when it did.
 */
export async function readBodyText(
  c: Context,
  maxBytes: number,
): Promise<{ text: string } | { tooLarge: true; declared: number | null }> {
  const header = c.req.header('content-length');
  const declared = header !== undefined && /^\d+$/.test(header) ? Number(header) : null;
  if (declared !== null && declared > maxBytes) return { tooLarge: true, declared };
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  const source: AsyncIterable<Uint8Array> | null = incoming ?? c.req.raw.body;
  if (!source) return { text: '' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > maxBytes) return { tooLarge: true, declared };
    chunks.push(chunk);
  }
  return { text: Buffer.concat(chunks).toString('utf8') };
}
