import { describe, expect, it } from 'vitest';
import { dispositionFileName, saveFileName } from './file-name.ts';

describe('dispositionFileName', () => {
  it('prefers the UTF-8 filename* form', () => {
    expect(
      dispositionFileName(`attachment; filename="plain.txt"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`),
    ).toBe('résumé.pdf');
  });

  it('reads quoted and bare names', () => {
    expect(dispositionFileName('attachment; filename="a \\"b\\".txt"')).toBe('a "b".txt');
    expect(dispositionFileName('inline; filename=report.csv')).toBe('report.csv');
    expect(dispositionFileName('inline')).toBeNull();
  });
});

describe('saveFileName', () => {
  it('uses the Content-Disposition name without any path in it', () => {
    expect(saveFileName('attachment; filename="../../etc/passwd"', 'https://x.test/a', 'text/plain')).toBe(
      'passwd',
    );
  });

  it('takes the last path segment and adds an extension from the type', () => {
    expect(saveFileName(null, 'https://x.test/api/users?page=2', 'application/json')).toBe('users.json');
    expect(saveFileName(null, 'https://x.test/image/png', 'image/png')).toBe('png.png');
    expect(saveFileName(null, 'https://x.test/files/data.csv', 'text/csv')).toBe('data.csv');
  });

  it('falls back to "response" for an empty path', () => {
    expect(saveFileName(null, 'https://x.test/', 'text/html; charset=utf-8')).toBe('response.html');
    expect(saveFileName(null, 'https://x.test/', 'application/vnd.api+json')).toBe('response.json');
    expect(saveFileName(null, 'not a url', null)).toBe('response.bin');
  });
});
