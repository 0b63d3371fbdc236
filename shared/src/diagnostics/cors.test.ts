import { describe, expect, it } from 'vitest';
import { CORS_QUESTION, corsFindings } from './cors.ts';
import { preflightNeed } from './cors-request.ts';
import { exposedHeaders, readAllowOrigin } from './cors-response.ts';
import type { Finding } from './finding.ts';
import { testExchange } from './test-exchange.ts';

const byId = (findings: Finding[], id: string) => findings.find((finding) => finding.id === id);

describe('corsFindings: the verdict comes first', () => {
  it('answers No without Access-Control-Allow-Origin, and suggests sending an Origin', () => {
    const findings = corsFindings(testExchange({ headers: [['Content-Type', 'application/json']] }));
    expect(findings[0]).toMatchObject({ id: 'cors/verdict', title: `${CORS_QUESTION} No.` });
    expect(findings[0]!.tryIt).toEqual({
      label: 'Try again with an Origin',
      headers: [['Origin', 'https://example.org']],
    });
    expect(findings.at(-1)!.id).toBe('cors/playground');
    expect(findings.at(-1)!.explanation).toMatch(/proxy on your computer sends the request/);
  });

  it('answers Yes for * without cookies, and explains that credentials would be refused (httpbin)', () => {
    const findings = corsFindings(
      testExchange({
        headers: [
          ['Access-Control-Allow-Origin', '*'],
          ['Access-Control-Allow-Credentials', 'true'],
        ],
      }),
    );
    expect(findings[0]!.title).toBe(`${CORS_QUESTION} Yes, any site can (without cookies).`);
    expect(byId(findings, 'cors/wildcard-credentials')?.severity).toBe('info');
  });

  it('refuses * for a request that carries cookies: worth fixing once the request said its Origin', () => {
    const cookie = { name: 'Cookie', value: 'session=abc', source: 'cookie-jar' as const };
    const headers: [string, string][] = [['Access-Control-Allow-Origin', '*']];
    const unsaid = corsFindings(testExchange({ sent: [cookie], headers }));
    expect(unsaid[0]).toMatchObject({ severity: 'info', title: `${CORS_QUESTION} Not with cookies.` });
    expect(unsaid[0]!.tryIt?.headers).toEqual([['Origin', 'https://example.org']]);
    const said = corsFindings(testExchange({ sent: [cookie, ['Origin', 'https://app.example']], headers }));
    expect(said[0]).toMatchObject({ severity: 'warning', title: `${CORS_QUESTION} Not with cookies.` });
    expect(said[0]!.hint).toMatch(
      /Access-Control-Allow-Origin: https:\/\/app.example and Access-Control-Allow-Credentials: true/,
    );
  });

  it('compares a named origin with the Origin the request sent', () => {
    const allowed = [
      ['Access-Control-Allow-Origin', 'https://app.example'],
      ['Vary', 'Origin'],
    ] as [string, string][];
    const match = corsFindings(testExchange({ sent: [['Origin', 'https://app.example']], headers: allowed }));
    expect(match[0]!.title).toBe(`${CORS_QUESTION} Yes, https://app.example can.`);
    const other = corsFindings(
      testExchange({ sent: [['Origin', 'https://evil.example']], headers: allowed }),
    );
    expect(other[0]!.title).toBe(`${CORS_QUESTION} No, only https://app.example can.`);
    const unsaid = corsFindings(testExchange({ headers: allowed }));
    expect(unsaid[0]!.title).toBe(`${CORS_QUESTION} Only a page from https://app.example.`);
    expect(byId(unsaid, 'cors/vary-origin')).toBeUndefined();
    const noVary = corsFindings(testExchange({ headers: [allowed[0]!] }));
    expect(byId(noVary, 'cors/vary-origin')).toBeDefined();
  });

  it('needs Access-Control-Allow-Credentials for a named origin when cookies go along', () => {
    const sent = [
      { name: 'Cookie', value: 'a=1', source: 'cookie-jar' as const },
      ['Origin', 'https://app.example'] as [string, string],
    ];
    const without = corsFindings(
      testExchange({ sent, headers: [['Access-Control-Allow-Origin', 'https://app.example']] }),
    );
    expect(without[0]!.title).toMatch(/Not with cookies, even for https:\/\/app.example/);
    const withIt = corsFindings(
      testExchange({
        sent,
        headers: [
          ['Access-Control-Allow-Origin', 'https://app.example'],
          ['Access-Control-Allow-Credentials', 'true'],
        ],
      }),
    );
    expect(withIt[0]!.title).toMatch(/Yes/);
  });

  it('calls two values, a list, or a trailing slash invalid', () => {
    const two = readAllowOrigin([
      ['Access-Control-Allow-Origin', 'https://a.example'],
      ['Access-Control-Allow-Origin', 'https://b.example'],
    ]);
    expect(two).toMatchObject({ kind: 'invalid', why: expect.stringMatching(/sent 2 times/) });
    expect(
      readAllowOrigin([['access-control-allow-origin', 'https://a.example, https://b.example']]).kind,
    ).toBe('invalid');
    expect(readAllowOrigin([['Access-Control-Allow-Origin', 'https://a.example/']])).toMatchObject({
      why: expect.stringMatching(/slash/),
    });
    const findings = corsFindings(
      testExchange({ headers: [['Access-Control-Allow-Origin', 'https://a.example/']] }),
    );
    expect(findings[0]).toMatchObject({ severity: 'warning', title: `${CORS_QUESTION} No.` });
  });

  it('stops at a redirect without CORS headers', () => {
    const findings = corsFindings(
      testExchange({
        redirects: [{ url: 'https://api.example.org/old' }],
        headers: [['Access-Control-Allow-Origin', '*']],
      }),
    );
    expect(findings[0]!.title).toMatch(/stop at a redirect/);
  });

  it('says a request from its own origin is not cross-origin', () => {
    const findings = corsFindings(testExchange({ sent: [['Origin', 'https://api.example.org']] }));
    expect(findings[0]!.title).toMatch(/It is not another site/);
  });
});

describe('corsFindings: preflight', () => {
  it('needs none for a GET with safelisted headers, or a form POST', () => {
    const get = testExchange({
      sent: [
        ['Accept', 'application/json'],
        ['Accept-Language', 'fr'],
      ],
    });
    expect(byId(corsFindings(get), 'cors/preflight')).toBeUndefined();
    const form = testExchange({
      method: 'POST',
      sent: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded', source: 'body' }],
    });
    expect(byId(corsFindings(form), 'cors/preflight')).toBeUndefined();
  });

  it('names each reason for a PUT with JSON and a bearer token, and offers to send the preflight', () => {
    const findings = corsFindings(
      testExchange({
        method: 'PUT',
        sent: [
          { name: 'Content-Type', value: 'application/json', source: 'body' },
          { name: 'Authorization', value: 'Bearer x', source: 'auth' },
        ],
      }),
    );
    const preflight = byId(findings, 'cors/preflight')!;
    expect(preflight.explanation).toMatch(/method PUT is not GET, HEAD or POST/);
    expect(preflight.explanation).toMatch(/content-type: only text\/plain/);
    expect(preflight.explanation).toMatch(/Access-Control-Allow-Headers listing content-type, authorization/);
    expect(preflight.tryIt).toEqual({
      label: 'Try the preflight',
      method: 'OPTIONS',
      headers: [
        ['Origin', 'https://example.org'],
        ['Access-Control-Request-Method', 'PUT'],
        ['Access-Control-Request-Headers', 'content-type, authorization'],
      ],
    });
  });

  it('ignores the playground defaults and lists headers a page cannot set', () => {
    const need = preflightNeed(
      testExchange({
        sent: [
          ['Host', 'x'],
          ['X-Trace', '1'],
          ['Content-Type', 'text/plain; charset=utf-8'],
        ],
      }).hops[0]!.request!,
    );
    expect(need.headers.map((h) => h.name)).toEqual(['x-trace']);
    expect(need.forbidden).toEqual(['Host']);
  });

  it('judges an answer to a preflight the learner sent', () => {
    const sent: [string, string][] = [
      ['Origin', 'https://example.org'],
      ['Access-Control-Request-Method', 'PUT'],
      ['Access-Control-Request-Headers', 'content-type'],
    ];
    const good = corsFindings(
      testExchange({
        method: 'OPTIONS',
        sent,
        headers: [
          ['Access-Control-Allow-Origin', 'https://example.org'],
          ['Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, PATCH, OPTIONS'],
          ['Access-Control-Allow-Headers', 'content-type'],
          ['Access-Control-Max-Age', '3600'],
        ],
      }),
    );
    expect(good[0]!.title).toBe('This is a preflight. Would the browser go on with the PUT? Yes.');
    expect(good[0]!.explanation).toMatch(/3600 seconds/);
    const bad = corsFindings(
      testExchange({ method: 'OPTIONS', sent, status: 405, headers: [['Access-Control-Allow-Origin', '*']] }),
    );
    expect(bad[0]).toMatchObject({ severity: 'warning', title: expect.stringMatching(/No\.$/) });
    expect(bad[0]!.explanation).toMatch(/405.*does not list PUT.*does not list content-type/);
  });
});

describe('exposedHeaders', () => {
  it('lets a script read the safelisted and exposed headers, never Set-Cookie', () => {
    const headers: [string, string][] = [
      ['Content-Type', 'application/json'],
      ['ETag', '"1"'],
      ['X-Request-Id', '7'],
      ['Set-Cookie', 'a=1'],
      ['Access-Control-Expose-Headers', 'X-Request-Id'],
    ];
    expect(exposedHeaders(headers, false)).toEqual({
      readable: ['Content-Type', 'X-Request-Id'],
      hidden: ['ETag', 'Access-Control-Expose-Headers'],
      never: ['Set-Cookie'],
    });
    const findings = corsFindings(
      testExchange({ headers: [['Access-Control-Allow-Origin', '*'], ...headers] }),
    );
    expect(findings.find((f) => f.id === 'cors/exposed-headers')?.hint).toBe(
      'To let pages read more, the server sends Access-Control-Expose-Headers: ETag',
    );
    const wildcard: [string, string][] = [
      ['ETag', '"1"'],
      ['Access-Control-Expose-Headers', '*'],
    ];
    expect(exposedHeaders(wildcard, false).hidden).toEqual([]);
    expect(exposedHeaders(wildcard, true).hidden).toEqual(['ETag', 'Access-Control-Expose-Headers']);
  });
});
