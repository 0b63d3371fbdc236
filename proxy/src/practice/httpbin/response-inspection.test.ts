import { describe, expect, it } from 'vitest';
import { itMatchesEveryFixture, PREFIX, practiceApp } from './fixture-replay.ts';
import { entityTags } from './response-inspection.ts';

describe('caching and response headers answer like httpbin', () => {
  itMatchesEveryFixture('response-inspection');
});

describe('conditional requests', () => {
  const app = practiceApp();

  it('reads entity tags from a list, weak or strong', () => {
    expect(entityTags('"a", W/"b" ,*')).toEqual(['a', 'b', '*']);
    expect(entityTags(undefined)).toEqual([]);
  });

  it('gives /cache a new validator that, sent back, yields 304', async () => {
    const first = await app.request(`${PREFIX}/cache`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^[0-9a-f]{32}$/);
    const again = await app.request(`${PREFIX}/cache`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
  });
});
