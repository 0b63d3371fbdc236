import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { RequestSentEvent } from '@playground/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, testBlobs } from '../testing/run.ts';
import { type RunningServer, startHttpServer } from '../testing/servers.ts';

const FIFTY_MB = 50 * 1024 * 1024;

/** Deterministic bytes, generated as they are read, so the test never holds them all either. */
function pattern(size: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= size) return void this.push(null);
      const chunk = Buffer.alloc(Math.min(1024 * 1024, size - sent));
      for (let i = 0; i < chunk.length; i += 1) chunk[i] = (sent + i) % 251;
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

async function sha256(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

let server: RunningServer;

beforeAll(async () => {
  // Parses what arrived with the platform's own multipart parser and reports it back.
  server = await startHttpServer(async (req, res) => {
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method ?? 'POST',
      headers: req.headers as Record<string, string>,
      body: Readable.toWeb(req) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    const type = req.headers['content-type'] ?? '';
    let report: unknown;
    if (type.startsWith('multipart/form-data')) {
      const form = await request.formData();
      const file = form.get('upload') as File;
      const bytes = Buffer.from(await file.arrayBuffer());
      report = {
        title: form.get('title'),
        fileName: file.name,
        fileType: file.type,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    } else {
      const bytes = Buffer.from(await request.arrayBuffer());
      report = { type, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ ...(report as object), contentLength: req.headers['content-length'] ?? null }));
  });
});
afterAll(() => server.close());

describe('request bodies from uploaded files', () => {
  it('streams a 50 MB file in a multipart body, with its boundary and length announced', async () => {
    const blobs = await testBlobs();
    const { blobId, size } = await blobs.put(pattern(FIFTY_MB), FIFTY_MB * 2);
    expect(size).toBe(FIFTY_MB);
    const expected = await sha256(pattern(FIFTY_MB));

    const result = await run({
      method: 'POST',
      url: `${server.url}/upload`,
      body: {
        kind: 'multipart',
        parts: [
          { kind: 'text', name: 'title', value: 'Holiday photos' },
          {
            kind: 'file',
            name: 'upload',
            file: { blobId, fileName: 'big.bin', contentType: 'application/x-test', size },
          },
          { kind: 'text', name: 'ignored', value: 'off', enabled: false },
        ],
      },
    });
    const report = JSON.parse(result.body.toString());
    expect(report).toMatchObject({
      title: 'Holiday photos',
      fileName: 'big.bin',
      fileType: 'application/x-test',
      size: FIFTY_MB,
      sha256: expected,
    });
    const sent = result.events.find((e): e is RequestSentEvent => e.type === 'request')!;
    const contentType = sent.headers.find((h) => h.name === 'Content-Type')!;
    expect(contentType.value).toMatch(/^multipart\/form-data; boundary=\S+$/);
    expect(contentType.source).toBe('body');
    expect(Number(report.contentLength)).toBe(sent.bodyBytes);
    expect(sent.bodyBytes).toBeGreaterThan(FIFTY_MB);
  });

  it('sends a single binary file as the body with its own content type', async () => {
    const blobs = await testBlobs();
    const { blobId, size } = await blobs.put(pattern(123_457), 1e9);
    const result = await run({
      method: 'PUT',
      url: `${server.url}/raw`,
      body: { kind: 'binary', file: { blobId, fileName: 'a.png', contentType: 'image/png', size } },
    });
    expect(JSON.parse(result.body.toString())).toMatchObject({
      type: 'image/png',
      size: 123_457,
      sha256: await sha256(pattern(123_457)),
      contentLength: '123457',
    });
  });

  it('explains a file the proxy no longer has', async () => {
    const result = await run({
      method: 'PUT',
      url: `${server.url}/raw`,
      body: {
        kind: 'binary',
        file: { blobId: 'gone-gone-gone', fileName: 'photo.jpg', contentType: 'image/jpeg', size: 5 },
      },
    });
    expect(result.sequence).toEqual(['error']);
    expect(result.error?.kind).toBe('file-missing');
    expect(result.error?.message).toContain('photo.jpg');
  });
});
