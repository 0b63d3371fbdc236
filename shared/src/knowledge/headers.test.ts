import { describe, expect, it } from 'vitest';
import { explainHeader, HEADER_NOTES } from './headers.ts';

const EXPECTED = [
  'Accept',
  'Accept-Encoding',
  'Accept-Language',
  'Accept-Ranges',
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Credentials',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Headers',
  'Access-Control-Expose-Headers',
  'Access-Control-Max-Age',
  'Age',
  'Allow',
  'Alt-Svc',
  'Authorization',
  'Cache-Control',
  'Connection',
  'Content-Disposition',
  'Content-Encoding',
  'Content-Language',
  'Content-Length',
  'Content-Range',
  'Content-Security-Policy',
  'Content-Type',
  'Cookie',
  'Date',
  'ETag',
  'Expires',
  'Host',
  'If-Match',
  'If-Modified-Since',
  'If-None-Match',
  'If-Range',
  'If-Unmodified-Since',
  'Keep-Alive',
  'Last-Modified',
  'Link',
  'Location',
  'Origin',
  'Range',
  'Referer',
  'Retry-After',
  'Sec-Fetch-Dest',
  'Sec-Fetch-Mode',
  'Sec-Fetch-Site',
  'Sec-Fetch-User',
  'Server',
  'Set-Cookie',
  'Strict-Transport-Security',
  'Transfer-Encoding',
  'Upgrade',
  'User-Agent',
  'Vary',
  'WWW-Authenticate',
  'X-Content-Type-Options',
];

describe('explainHeader', () => {
  it('explains about eighty common headers, each once', () => {
    expect(HEADER_NOTES.length).toBeGreaterThanOrEqual(80);
    const names = HEADER_NOTES.map((note) => note.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const name of EXPECTED) expect(explainHeader(name)?.name, name).toBe(name);
  });

  it('finds a header whatever its case, as header names are case-insensitive', () => {
    expect(explainHeader('content-type')?.name).toBe('Content-Type');
    expect(explainHeader('CONTENT-TYPE')).toBe(explainHeader('Content-Type'));
    expect(explainHeader(' etag ')?.name).toBe('ETag');
  });

  it('says nothing about a header it does not know', () => {
    expect(explainHeader('X-Made-Up')).toBeNull();
    expect(explainHeader('')).toBeNull();
  });

  it('gives each one sentence, its direction, and a longer note only where there is more to say', () => {
    for (const note of HEADER_NOTES) {
      expect(note.summary, note.name).toMatch(/^\S.*[.)]$/);
      expect(note.summary.length, note.name).toBeLessThan(200);
      expect(['request', 'response', 'both']).toContain(note.direction);
      if (note.note !== undefined) expect(note.note.length, note.name).toBeGreaterThan(20);
    }
    expect(explainHeader('Set-Cookie')?.direction).toBe('response');
    expect(explainHeader('Cookie')?.direction).toBe('request');
    expect(explainHeader('Content-Type')?.direction).toBe('both');
  });
});
