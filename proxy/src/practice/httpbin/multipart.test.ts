import { describe, expect, it } from 'vitest';
import { parseMultipart } from './multipart.ts';

const type = 'multipart/form-data; boundary="b"';
const parse = (body: string) => parseMultipart(new TextEncoder().encode(body), type);

describe('parseMultipart', () => {
  it('keeps part types as sent and tells files from fields', () => {
    const parts = parse(
      '--b\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\nContent-Type: Text/Plain; charset=UTF-8\r\n\r\nhi\r\n' +
        '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--b--\r\n',
    );
    expect(parts.map((p) => [p.name, p.filename, p.contentType, new TextDecoder().decode(p.body)])).toEqual([
      ['f', 'a.txt', 'Text/Plain; charset=UTF-8', 'hi'],
      ['x', undefined, undefined, '1'],
    ]);
  });

  it('accepts bare LF line breaks and a missing closing delimiter', () => {
    const parts = parse(
      '--b\nContent-Disposition: form-data; name="a"\n\nvalue\n--b\nContent-Disposition: form-data; name="z"',
    );
    expect(parts.map((p) => [p.name, new TextDecoder().decode(p.body)])).toEqual([['a', 'value']]);
  });

  it('finds nothing without a boundary', () => {
    expect(parseMultipart(new Uint8Array(10), 'multipart/form-data')).toEqual([]);
  });
});
