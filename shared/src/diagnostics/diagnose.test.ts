import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose.ts';
import { countWarnings } from './finding.ts';
import { testExchange } from './test-exchange.ts';

describe('diagnose', () => {
  it('opens with the CORS question, then the body, security and caching (httpbin /get over loopback)', () => {
    const findings = diagnose(
      testExchange({
        url: 'http://127.0.0.1:8787/httpbin/get',
        headers: [
          ['Date', 'Mon, 02 Jun 2025 10:00:00 GMT'],
          ['Content-Type', 'application/json'],
          ['Content-Length', '300'],
          ['Access-Control-Allow-Origin', '*'],
          ['Access-Control-Allow-Credentials', 'true'],
        ],
        body: '{"args": {}, "url": "http://127.0.0.1:8787/httpbin/get"}\n',
      }),
    );
    expect(findings.map((f) => f.id)).toEqual([
      'cors/verdict',
      'cors/exposed-headers',
      'cors/wildcard-credentials',
      'cors/playground',
      'security/plain-http-local',
      'caching/summary',
    ]);
    expect(countWarnings(findings)).toBe(0);
  });

  it('counts the course\'s Flask "Hello" and its cookie as things to fix', () => {
    const findings = diagnose(
      testExchange({
        url: 'http://127.0.0.1:5000/hello',
        headers: [
          ['Content-Type', 'text/html; charset=utf-8'],
          ['Set-Cookie', 'session=eyJ1Ijoi; Path=/'],
        ],
        body: 'Hello',
      }),
    );
    expect(findings.filter((f) => f.severity !== 'info').map((f) => f.id)).toEqual([
      'content-type/text-labelled-html',
      'security/cookie:session',
    ]);
    expect(countWarnings(findings)).toBe(2);
  });

  it('gives the same findings for the same exchange', () => {
    const exchange = testExchange({ headers: [['Content-Type', 'application/json']], body: '{"a":' });
    expect(diagnose(exchange)).toEqual(diagnose(exchange));
  });
});
