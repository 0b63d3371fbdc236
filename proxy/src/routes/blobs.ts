import { Readable } from 'node:stream';
import type { ApiErrorBody, BlobReceipt } from '@playground/shared';
import { Hono } from 'hono';
import type { AppDeps } from '../app.ts';
import { BlobTooLargeError } from '../engine/blob-store.ts';

function tooLarge(maxBytes: number): ApiErrorBody {
  return {
    error: {
      kind: 'invalid-request',
      title: 'File too large',
      message: `The file is larger than the ${Math.round(maxBytes / 1024 ** 2)} MB this playground accepts.`,
      hint: 'Choose a smaller file, or run the playground with a higher PLAYGROUND_MAX_UPLOAD_BYTES.',
      field: 'body',
    },
  };
}

/**
 * `PUT /api/blobs`: the browser uploads a file for a request body before sending the request; the
 * answer's `blobId` goes into the request description. The file streams to disk as it arrives.
 */
export function blobRoutes(deps: AppDeps) {
  const app = new Hono();

  app.put('/blobs', async (c) => {
    const max = deps.config.maxBlobBytes;
    const declared = Number(c.req.header('content-length') ?? Number.NaN);
    if (declared > max) return c.json(tooLarge(max), 413);
    const body = c.req.raw.body;
    const source = body
      ? Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>)
      : Readable.from([]);
    try {
      const receipt: BlobReceipt = await deps.blobs.put(source, max);
      return c.json(receipt, 201);
    } catch (err) {
      if (err instanceof BlobTooLargeError) return c.json(tooLarge(max), 413);
      throw err;
    }
  });

  return app;
}
