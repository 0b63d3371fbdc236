import { describe, expect, it } from 'vitest';
import { itMatchesEveryFixture, PREFIX, practiceApp } from './fixture-replay.ts';

describe('response formats answer like httpbin', () => {
  itMatchesEveryFixture('response-formats', {
    // Debian's httpbin replaces the UTF-8 demo with a placeholder (its license is unclear); ours is
    // a page of our own. Same status and type; the body must be real multi-byte UTF-8.
    'utf-8 page': (ours, theirs) => {
      expect('text' in ours.body && /[\u0080-\uffff]/.test(ours.body.text)).toBe(true);
      theirs.body = ours.body;
      theirs.headers['content-length'] = ours.headers['content-length']!;
    },
  });
});

describe('/json', () => {
  it('is httpbin 0.9’s slideshow (Debian’s httpbin 0.7 has no /json to record)', async () => {
    const app = practiceApp();
    const res = await app.request(`${PREFIX}/json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const text = await res.text();
    expect(text).toMatch(/^\{"slideshow":\{"author":"Yours Truly","date":"date of publication","slides":\[/);
    expect(JSON.parse(text).slideshow.slides[1].items).toHaveLength(2);
  });
});
