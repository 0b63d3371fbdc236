import { describe, expect, it } from 'vitest';
import { itMatchesEveryFixture, type Observed, PREFIX, practiceApp } from './fixture-replay.ts';
import { pythonJson } from './python-json.ts';

/** app.request() hands headers over in Fetch order; over HTTP the order as sent must match exactly. */
function sortStreamedHeaders(side: Observed): void {
  if (!('text' in side.body)) return;
  side.body.text = side.body.text.replace(/"headers": \{[^}]*\}/g, (match) => {
    const headers = JSON.parse(match.slice('"headers": '.length)) as Record<string, string>;
    return `"headers": ${pythonJson(headers, { spaced: true })}`;
  });
}

describe('dynamic data answers like httpbin', () => {
  itMatchesEveryFixture('dynamic-data', {
    'stream 3 lines': (ours, theirs, via) => {
      if (via === 'http') return;
      sortStreamedHeaders(ours);
      sortStreamedHeaders(theirs);
    },
    // Unseeded bytes are random on both sides: only the length can match.
    'bytes random': (ours, theirs) => {
      expect('base64' in ours.body && Buffer.from(ours.body.base64, 'base64').byteLength).toBe(1000);
      theirs.body = ours.body;
    },
  });
});

async function chunksOf(res: Response): Promise<{ text: string; at: number }[]> {
  const reader = res.body!.getReader();
  const chunks: { text: string; at: number }[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push({ text: new TextDecoder().decode(value), at: performance.now() });
  }
}

describe('/bytes', () => {
  const app = practiceApp();

  it('sends up to httpbin’s 100 KiB of random bytes, not only what one getRandomValues call allows', async () => {
    const res = await app.request(`${PREFIX}/bytes/90000`);
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBe(90_000);
    const capped = await app.request(`${PREFIX}/bytes/500000`);
    expect((await capped.arrayBuffer()).byteLength).toBe(100 * 1024);
  });
});

describe('streaming', () => {
  const app = practiceApp();

  it('drips the bytes over the duration, not all at once', async () => {
    const started = performance.now();
    const res = await app.request(`${PREFIX}/drip?numbytes=4&duration=0.4`);
    expect(res.headers.get('content-length')).toBe('4');
    const chunks = await chunksOf(res);
    expect(chunks.map((chunk) => chunk.text)).toEqual(['*', '*', '*', '*']);
    // Three pauses of 100 ms between the four bytes; timers may fire a little early or late.
    expect(chunks.at(-1)!.at - chunks[0]!.at).toBeGreaterThan(250);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('sends each /stream line as its own chunk', async () => {
    const chunks = await chunksOf(await app.request(`${PREFIX}/stream/3`));
    expect(chunks.map((chunk) => JSON.parse(chunk.text).id)).toEqual([0, 1, 2]);
  });

  it('sends /stream-bytes in chunks of chunk_size', async () => {
    const chunks = await chunksOf(await app.request(`${PREFIX}/stream-bytes/25?chunk_size=10`));
    expect(chunks.map((chunk) => Buffer.byteLength(chunk.text, 'latin1'))).toHaveLength(3);
  });

  it('stops waiting in /delay when the client gives up', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const pending = Promise.resolve(app.request(`${PREFIX}/delay/10`, { signal: controller.signal }));
    controller.abort();
    await pending.catch(() => undefined);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('/base64', () => {
  const app = practiceApp();

  it('decodes without padding and explains bad input like later httpbin', async () => {
    expect(await (await app.request(`${PREFIX}/base64/aGVsbG8`)).text()).toBe('hello');
    expect(await (await app.request(`${PREFIX}/base64/_w`)).text()).toBe(
      'Incorrect Base64 data try: SFRUUEJJTiBpcyBhd2Vzb21l',
    );
  });
});
