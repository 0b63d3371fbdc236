import { describe, expect, it } from 'vitest';
import { type Adjust, itMatchesEveryFixture, PREFIX, practiceApp } from './fixture-replay.ts';

/**
 * httpbin sends the teapot and the 402 body with no Content-Type at all. @hono/node-server labels
 * any body without one as text/plain; app.request() shows that the practice server itself sets none.
 */
const nodeServerLabelsText: Adjust = (ours, theirs, via) => {
  if (via === 'http' && theirs.headers['content-type'] === undefined) {
    expect(ours.headers['content-type']).toBe('text/plain; charset=UTF-8');
    theirs.headers['content-type'] = ours.headers['content-type']!;
  }
};

describe('status codes answer like httpbin', () => {
  itMatchesEveryFixture('status-codes', {
    'GET /status/418': nodeServerLabelsText,
    'weighted choice with a zero weight': nodeServerLabelsText,
    // httpbin's 402 body is a rude joke; the playground is projected in classrooms, so it is polite.
    'GET /status/402': (ours, theirs, via) => {
      nodeServerLabelsText(ours, theirs, via);
      expect(ours.body).toEqual({ text: 'Payment required. Please pay me!' });
      theirs.body = ours.body;
      theirs.headers['content-length'] = ours.headers['content-length']!;
    },
  });
});

describe('/status/:codes', () => {
  const app = practiceApp();

  it('picks only among the codes listed, in proportion to their weights', async () => {
    const seen = new Set<number>();
    for (let i = 0; i < 40; i++) seen.add((await app.request(`${PREFIX}/status/201,202:3,203:0`)).status);
    expect([...seen].every((code) => code === 201 || code === 202)).toBe(true);
    expect(seen.has(202)).toBe(true);
  });

  it('refuses codes a response cannot carry', async () => {
    const res = await app.request(`${PREFIX}/status/600`);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('Invalid status code');
  });
});
