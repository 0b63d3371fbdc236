import { describe, expect, it } from 'vitest';
import { explainHeader } from './headers.ts';
import { explainStatus, hasStatusNote } from './status-codes.ts';
import { REGISTERED_STATUS_CODES } from './status-line.ts';

// The IANA HTTP Status Code Registry, as of RFC 9110 (104 is only a temporary registration).
const IANA = [
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306,
  307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418,
  421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];

describe('explainStatus', () => {
  it('explains every registered code, with causes and next steps of its own', () => {
    expect([...REGISTERED_STATUS_CODES]).toEqual(IANA);
    for (const code of IANA) {
      const info = explainStatus(code);
      expect(hasStatusNote(code), String(code)).toBe(true);
      expect(info.registered).toBe(true);
      expect(info.reason, String(code)).not.toBe('');
      expect(info.explanation.length, String(code)).toBeGreaterThan(40);
      expect(info.causes.length, String(code)).toBeGreaterThan(0);
      expect(info.next.length, String(code)).toBeGreaterThan(0);
      expect(info.spec, String(code)).toMatch(/^RFC \d+/);
    }
  });

  it('tells 401 from 403 the way the course does', () => {
    expect(explainStatus(401).explanation).toMatch(/need to log in/);
    expect(explainStatus(401).next[0]).toMatch(/Auth tab/);
    expect(explainStatus(403).explanation).toMatch(/logged in, and still not allowed/);
  });

  it('gives the class and its meaning', () => {
    const info = explainStatus(404);
    expect(info.class.name).toBe('Client error');
    expect(info.class.range).toBe('4xx');
    expect(info.summary).toMatch(/nothing at this address/);
  });

  it('keeps 418 as the reserved joke of RFC 2324', () => {
    expect(explainStatus(418).reason).toBe("I'm a teapot");
    expect(explainStatus(418).explanation).toMatch(/2324/);
    expect(explainStatus(418).explanation).toMatch(/reserves/);
  });

  it('explains an unregistered code by its class, as clients treat it like x00', () => {
    const info = explainStatus(299);
    expect(info.registered).toBe(false);
    expect(info.reason).toBe('');
    expect(info.class.name).toBe('Success');
    expect(info.explanation).toMatch(/not in the IANA registry/);
    expect(info.explanation).toMatch(/200/);
    expect(explainStatus(599).class.name).toBe('Server error');
    expect(explainStatus(599).next).toEqual(expect.arrayContaining([...explainStatus(500).next]));
  });

  it('says a code outside 100-599 is not HTTP', () => {
    const info = explainStatus(42);
    expect(info.class.id).toBe('unknown');
    expect(info.explanation).toMatch(/not a valid HTTP status code/);
  });

  it('only points at headers it can also explain', () => {
    for (const code of IANA) {
      for (const name of explainStatus(code).headers) {
        expect(explainHeader(name), `${code} -> ${name}`).not.toBeNull();
      }
    }
  });
});
