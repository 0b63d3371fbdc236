import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** An upload was larger than the proxy accepts. */
export class BlobTooLargeError extends Error {
  override name = 'BlobTooLargeError';
}

const BLOB_ID = /^[A-Za-z0-9_-]{8,64}$/;
/** Uploads are kept this long after their last use, so "Send" again works without re-uploading. */
const KEEP_MS = 6 * 60 * 60 * 1000;

/**
 * Files the browser uploaded for request bodies (multipart files, binary bodies), kept on disk so
 * they stream to the server without ever being held whole in memory, and can be sent again on a
 * 307/308 redirect.
 */
export class BlobStore {
  #lastUsed = new Map<string, number>();

  private constructor(readonly dir: string) {}

  /** A store in `dir`, or in a fresh temporary folder when `dir` is empty. */
  static async create(dir = ''): Promise<BlobStore> {
    const folder = dir === '' ? await mkdtemp(path.join(os.tmpdir(), 'http-playground-')) : dir;
    await mkdir(folder, { recursive: true });
    return new BlobStore(folder);
  }

  /** Streams `source` to disk; refuses past `maxBytes` and leaves nothing behind. */
  async put(
    source: Readable | AsyncIterable<Uint8Array>,
    maxBytes: number,
  ): Promise<{ blobId: string; size: number }> {
    this.#sweep();
    const blobId = randomBytes(16).toString('base64url');
    const file = path.join(this.dir, blobId);
    let size = 0;
    try {
      await pipeline(
        source,
        async function* limit(chunks: AsyncIterable<Uint8Array>) {
          for await (const chunk of chunks) {
            size += chunk.length;
            if (size > maxBytes) throw new BlobTooLargeError(`The file is larger than ${maxBytes} bytes.`);
            yield chunk;
          }
        },
        createWriteStream(file),
      );
    } catch (err) {
      await rm(file, { force: true });
      throw err;
    }
    this.#lastUsed.set(blobId, Date.now());
    return { blobId, size };
  }

  /** The size of a stored upload, or null when the proxy does not have it (any more). */
  async size(blobId: string): Promise<number | null> {
    if (!BLOB_ID.test(blobId)) return null;
    try {
      const info = await stat(path.join(this.dir, blobId));
      this.#lastUsed.set(blobId, Date.now());
      return info.size;
    } catch {
      return null;
    }
  }

  /** A fresh stream of the upload's bytes (callers check `size` first). */
  open(blobId: string): Readable {
    if (!BLOB_ID.test(blobId)) throw new Error('invalid blob id');
    this.#lastUsed.set(blobId, Date.now());
    return createReadStream(path.join(this.dir, blobId), { highWaterMark: 64 * 1024 });
  }

  /** The file's path, for APIs that read files lazily themselves. */
  pathOf(blobId: string): string {
    if (!BLOB_ID.test(blobId)) throw new Error('invalid blob id');
    return path.join(this.dir, blobId);
  }

  async dispose(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  #sweep(): void {
    const cutoff = Date.now() - KEEP_MS;
    for (const [blobId, used] of this.#lastUsed) {
      if (used < cutoff) {
        this.#lastUsed.delete(blobId);
        void rm(path.join(this.dir, blobId), { force: true });
      }
    }
  }
}
