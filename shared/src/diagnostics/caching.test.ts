import { describe, expect, it } from 'vitest';
import { cacheDirectives, duration } from './cache-directives.ts';
import { cachingFindings } from './caching.ts';
import type { Finding } from './finding.ts';
import { testExchange } from './test-exchange.ts';

const DATE: [string, string] = ['Date', 'Mon, 02 Jun 2025 10:00:00 GMT'];
const byId = (findings: Finding[], id: string) => findings.find((finding) => finding.id === id);

describe('cachingFindings: the verdict for a browser', () => {
  it('says how long max-age lets a browser reuse it, and what it asks after', () => {
    const findings = cachingFindings(
      testExchange({ headers: [DATE, ['Cache-Control', 'public, max-age=60'], ['ETag', '"v1"']] }),
    );
    const summary = byId(findings, 'caching/summary')!;
    expect(summary.title).toBe('A browser may reuse this for 60 seconds without asking again');
    expect(summary.explanation).toMatch(
      /it asks the server with If-None-Match: "v1", and gets 304 Not Modified/,
    );
    expect(summary.tryIt).toEqual({
      label: 'Try again with If-None-Match',
      headers: [['If-None-Match', '"v1"']],
    });
  });

  it('counts Age against freshness', () => {
    const findings = cachingFindings(
      testExchange({ headers: [DATE, ['Cache-Control', 'max-age=3600'], ['Age', '600']] }),
    );
    expect(byId(findings, 'caching/summary')!.title).toBe(
      'A browser may reuse this for 50 minutes (3000 seconds) without asking again',
    );
  });

  it('explains no-cache as "check first" and no-store as "never keep"', () => {
    const noCache = cachingFindings(
      testExchange({
        headers: [DATE, ['Cache-Control', 'no-cache'], ['Last-Modified', 'Sun, 01 Jun 2025 10:00:00 GMT']],
      }),
    );
    expect(byId(noCache, 'caching/summary')!.title).toBe(
      'A browser may keep a copy, but must check with the server before each use',
    );
    expect(byId(noCache, 'caching/summary')!.explanation).toMatch(/If-Modified-Since: Sun, 01 Jun 2025/);
    const noStore = cachingFindings(
      testExchange({ headers: [DATE, ['Cache-Control', 'no-store, max-age=60']] }),
    );
    expect(byId(noStore, 'caching/summary')!.title).toBe('A browser must not keep a copy of this');
    expect(byId(noStore, 'caching/directives')!.points!.at(-1)!.meaning).toMatch(/no-store wins/);
  });

  it('says a browser guesses from Last-Modified when nothing else is said', () => {
    const findings = cachingFindings(
      testExchange({ headers: [DATE, ['Last-Modified', 'Fri, 23 May 2025 10:00:00 GMT']] }),
    );
    const summary = byId(findings, 'caching/summary')!;
    expect(summary.title).toBe('A browser may reuse this for 1 day (86400 seconds) without asking again');
    expect(summary.explanation).toMatch(/a guess/);
    expect(summary.tryIt?.headers).toEqual([['If-Modified-Since', 'Fri, 23 May 2025 10:00:00 GMT']]);
  });

  it('calls a guess under a second "check first", as /httpbin/cache gives (Last-Modified one second before Date)', () => {
    const findings = cachingFindings(
      testExchange({ headers: [DATE, ['Last-Modified', 'Mon, 02 Jun 2025 09:59:59 GMT'], ['ETag', 'abc']] }),
    );
    expect(byId(findings, 'caching/summary')!.title).toBe(
      'A browser may keep a copy, but must check with the server before each use',
    );
  });

  it('says nothing allows reuse when no caching header is there', () => {
    const summary = byId(cachingFindings(testExchange({ headers: [DATE] })), 'caching/summary')!;
    expect(summary.title).toBe('Nothing says this may be reused');
    expect(summary.explanation).toMatch(/no ETag or Last-Modified to check with/);
    expect(summary.tryIt).toBeUndefined();
  });

  it('reads Expires against Date, and notes it is ignored beside max-age', () => {
    const expires = cachingFindings(
      testExchange({ headers: [DATE, ['Expires', 'Mon, 02 Jun 2025 11:00:00 GMT']] }),
    );
    expect(byId(expires, 'caching/summary')!.title).toMatch(/for 1 hour \(3600 seconds\)/);
    const both = cachingFindings(
      testExchange({
        headers: [DATE, ['Cache-Control', 'max-age=5'], ['Expires', 'Mon, 02 Jun 2025 11:00:00 GMT']],
      }),
    );
    expect(byId(both, 'caching/summary')!.points).toContainEqual({
      term: 'Expires: Mon, 02 Jun 2025 11:00:00 GMT',
      meaning: 'Ignored here: max-age in Cache-Control wins over Expires.',
    });
  });

  it('explains a 304 and what the request sent to get it', () => {
    const findings = cachingFindings(
      testExchange({ status: 304, sent: [['If-None-Match', 'abc']], headers: [['ETag', 'abc']] }),
    );
    expect(findings[0]).toMatchObject({
      id: 'caching/not-modified',
      title: '304 Not Modified: the copy you have is still good',
    });
    expect(findings[0]!.evidence[0]).toEqual({ name: 'If-None-Match', value: 'abc' });
  });

  it('says answers to POST are not reused', () => {
    const findings = cachingFindings(
      testExchange({ method: 'POST', headers: [['Cache-Control', 'max-age=60']] }),
    );
    expect(findings.map((f) => f.id)).toEqual(['caching/not-reused', 'caching/directives']);
  });

  it('warns about an ETag without quotes (httpbin sends those)', () => {
    const findings = cachingFindings(testExchange({ headers: [DATE, ['ETag', '0f3b8a']] }));
    expect(byId(findings, 'caching/etag-unquoted')).toMatchObject({
      severity: 'warning',
      hint: 'Send ETag: "0f3b8a".',
    });
    expect(
      byId(cachingFindings(testExchange({ headers: [['ETag', 'W/"0f3b8a"']] })), 'caching/etag-unquoted'),
    ).toBeUndefined();
  });
});

describe('cacheDirectives', () => {
  it('explains each directive in the order written, unknown ones included', () => {
    expect(
      cacheDirectives('private, max-age=0, must-revalidate, x-foo, min-fresh=5').map((p) => p.term),
    ).toEqual(['private', 'max-age=0', 'must-revalidate', 'x-foo', 'min-fresh=5']);
    const [privately, zero, , unknown, requestOnly] = cacheDirectives(
      'private, max-age=0, must-revalidate, x-foo, min-fresh=5',
    );
    expect(privately!.meaning).toMatch(/Only the browser/);
    expect(zero!.meaning).toMatch(/Stale at once/);
    expect(unknown!.meaning).toMatch(/ignore it/);
    expect(requestOnly!.meaning).toMatch(/for requests/);
  });

  it('says what no-cache really means, field names included', () => {
    expect(cacheDirectives('no-cache')[0]!.meaning).toMatch(
      /^Despite the name, it may be stored, but must be checked/,
    );
    expect(cacheDirectives('no-cache="Set-Cookie"')[0]!.meaning).toMatch(/only the Set-Cookie header/);
  });
});

describe('duration', () => {
  it('reads as a person would say it', () => {
    expect(duration(60)).toBe('60 seconds');
    expect(duration(1)).toBe('1 second');
    expect(duration(3600)).toBe('1 hour (3600 seconds)');
    expect(duration(5400)).toBe('90 minutes (5400 seconds)');
    expect(duration(31536000)).toBe('365 days (31536000 seconds)');
    expect(duration(100000)).toBe('about 27.8 hours (100000 seconds)');
  });
});
