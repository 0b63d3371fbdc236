import { IMPORT_LIMITS } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { readPickedFile } from './read-picked-file.ts';

/** A file-like value whose text must never be read. */
const hugeFile = (size: number) =>
  ({
    name: 'huge.json',
    size,
    text: () => {
      throw new Error('a file over the limit must not be read');
    },
  }) as unknown as File;

describe('readPickedFile', () => {
  it('refuses a file over the limit by its size, before reading it', async () => {
    const result = await readPickedFile(hugeFile(30 * 1024 * 1024));
    expect(result).toEqual({
      ok: false,
      problem: expect.stringMatching(/^“huge\.json” is 30 MB; HTTP Playground reads files up to 20 MB\./),
    });
    expect(IMPORT_LIMITS.maxBytes).toBe(20 * 1024 * 1024);
  });

  it('reads a file within the limit like any import', async () => {
    const curl = new File(['curl https://example.test/a -H "Accept: application/json"'], 'request.txt');
    const result = await readPickedFile(curl);
    expect(result.ok && result.format).toBe('curl');
  });

  it('says so when the browser cannot read the file', async () => {
    const unreadable = {
      name: 'gone.json',
      size: 10,
      text: () => Promise.reject(new Error('NotReadableError')),
    };
    expect(await readPickedFile(unreadable as unknown as File)).toEqual({
      ok: false,
      problem: '“gone.json” could not be read: the browser refused to open it.',
    });
  });
});
