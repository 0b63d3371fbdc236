import { openAsBlob } from 'node:fs';
import { Readable } from 'node:stream';
import type { FileRef, RequestBody } from '@playground/shared';
import { FormDataEncoder } from 'form-data-encoder';
import type { BlobStore } from './blob-store.ts';
import { fail } from './errors.ts';

/** A request body ready to send, which can be opened again for a 307/308 redirect. */
export interface PreparedBody {
  /** The Content-Type the body kind implies, unless the user set one. */
  contentType: string | null;
  /** Always known up front, so the request carries a Content-Length (no chunked uploads). */
  length: number;
  open(): Buffer | Readable;
}

function fromBuffer(buffer: Buffer, contentType: string | null): PreparedBody {
  return { contentType, length: buffer.length, open: () => buffer };
}

async function checkFile(file: FileRef, blobs: BlobStore): Promise<void> {
  const size = await blobs.size(file.blobId);
  if (size === null) {
    throw fail(
      'file-missing',
      'File no longer available',
      `The file "${file.fileName}" is no longer on the playground's proxy (it may have restarted).`,
      'Choose the file again, then send.',
      { field: 'body' },
    );
  }
}

/**
 * Turns the body the user composed into bytes. Files stream from the blob store; nothing large is
 * held in memory.
 */
export async function prepareBody(body: RequestBody, blobs: BlobStore): Promise<PreparedBody | null> {
  switch (body.kind) {
    case 'none':
      return null;
    case 'text':
      return fromBuffer(Buffer.from(body.text, 'utf8'), body.contentType);
    case 'json':
      // Sent exactly as typed, even when it is not valid JSON: seeing the server's 400 is a lesson too.
      return fromBuffer(Buffer.from(body.text, 'utf8'), 'application/json');
    case 'form-urlencoded': {
      const fields = body.fields.filter((f) => f.enabled).map((f): [string, string] => [f.name, f.value]);
      return fromBuffer(
        Buffer.from(new URLSearchParams(fields).toString(), 'utf8'),
        'application/x-www-form-urlencoded',
      );
    }
    case 'binary': {
      await checkFile(body.file, blobs);
      const { file } = body;
      return {
        contentType: file.contentType,
        length: (await blobs.size(file.blobId)) ?? file.size,
        open: () => blobs.open(file.blobId),
      };
    }
    case 'multipart': {
      const parts = body.parts.filter((p) => p.enabled);
      for (const part of parts) if (part.kind === 'file') await checkFile(part.file, blobs);
      const files = new Map<string, File>();
      for (const part of parts) {
        if (part.kind !== 'file') continue;
        // openAsBlob reads the file lazily, as the encoder streams it.
        const blob = await openAsBlob(blobs.pathOf(part.file.blobId), { type: part.file.contentType });
        files.set(part.file.blobId, new File([blob], part.file.fileName, { type: part.file.contentType }));
      }
      const form = new FormData();
      for (const part of parts) {
        if (part.kind === 'text') form.append(part.name, part.value);
        else form.append(part.name, files.get(part.file.blobId)!);
      }
      const encoder = new FormDataEncoder(form);
      return {
        contentType: encoder.contentType,
        length: Number(encoder.contentLength),
        // Each hop encodes afresh with the boundary the Content-Type header already announced.
        open: () => Readable.from(new FormDataEncoder(form, encoder.boundary).encode()),
      };
    }
  }
}
