import { describe, expect, it } from 'vitest';
import { requestIri } from './request-url.ts';

describe('requestIri', () => {
  it('decodes UTF-8 escapes but keeps reserved ASCII escaped, like Werkzeug', () => {
    expect(requestIri('http', 'h', '/get?c=%C3%A9&g=a%20b&p=/x&t=%7E')).toBe(
      'http://h/get?c=é&g=a%20b&p=%2Fx&t=~',
    );
  });

  it('re-quotes the path and leaves invalid bytes escaped', () => {
    expect(requestIri('https', 'h:1', '/a%20b/%C3%A9;x@y?w=%ff')).toBe('https://h:1/a%20b/é;x%40y?w=%FF');
  });

  it('reads a raw UTF-8 request line as Node hands it over (latin1)', () => {
    const raw = Buffer.from('/get?q=é', 'utf8').toString('latin1');
    expect(requestIri('http', 'h', raw)).toBe('http://h/get?q=é');
  });
});
