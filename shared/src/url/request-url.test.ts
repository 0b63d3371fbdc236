import { describe, expect, it } from 'vitest';
import {
  buildQuery,
  buildRequestUrl,
  encodeQueryText,
  findPathVariables,
  parseQuery,
  parseUrlParams,
  substitutePathVariables,
  withDefaultScheme,
} from './request-url.ts';

const row = (name: string, value: string, enabled = true) => ({ name, value, enabled });

describe('withDefaultScheme', () => {
  it('gives a bare host https, as browsers do', () => {
    expect(withDefaultScheme('httpbin.org/get')).toBe('https://httpbin.org/get');
    expect(withDefaultScheme('  example.com  ')).toBe('https://example.com');
  });
  it('gives loopback development servers plain http', () => {
    expect(withDefaultScheme('localhost:5000/users')).toBe('http://localhost:5000/users');
    expect(withDefaultScheme('127.0.0.1:8000')).toBe('http://127.0.0.1:8000');
    expect(withDefaultScheme('[::1]:8080/')).toBe('http://[::1]:8080/');
  });
  it('does not treat localhost.example.com as loopback', () => {
    expect(withDefaultScheme('localhost.example.com/')).toBe('https://localhost.example.com/');
  });
  it('keeps an explicit scheme, whatever it is', () => {
    expect(withDefaultScheme('http://example.com')).toBe('http://example.com');
    expect(withDefaultScheme('ftp://example.com')).toBe('ftp://example.com');
    expect(withDefaultScheme('data:text/plain,hi')).toBe('data:text/plain,hi');
    expect(withDefaultScheme('mailto:someone@example.com')).toBe('mailto:someone@example.com');
  });
});

describe('encodeQueryText', () => {
  it('encodes spaces and unicode as a browser address bar does', () => {
    expect(encodeQueryText('hello world')).toBe('hello%20world');
    expect(encodeQueryText('привет')).toBe('%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82');
    expect(encodeQueryText('😀')).toBe('%F0%9F%98%80');
  });
  it('leaves brackets, plus, slash and question marks alone, like a browser', () => {
    expect(encodeQueryText('ram[from]', 'name')).toBe('ram[from]');
    expect(encodeQueryText('a+b/c?d')).toBe('a+b/c?d');
  });
  it('keeps existing escapes and escapes a lone percent sign', () => {
    expect(encodeQueryText('a%20b')).toBe('a%20b');
    expect(encodeQueryText('100%')).toBe('100%25');
    expect(encodeQueryText('%zz')).toBe('%25zz');
  });
  it('escapes what would split the query', () => {
    expect(encodeQueryText('fish&chips')).toBe('fish%26chips');
    expect(encodeQueryText('a#b')).toBe('a%23b');
    expect(encodeQueryText('a=b', 'name')).toBe('a%3Db');
    expect(encodeQueryText('a=b', 'value')).toBe('a=b');
  });
});

describe('parseQuery and buildQuery', () => {
  it('keep order and duplicates', () => {
    const rows = parseQuery('tag=a&tag=b&ram[from]=8&flag');
    expect(rows).toEqual([row('tag', 'a'), row('tag', 'b'), row('ram[from]', '8'), row('flag', '')]);
    expect(buildQuery(rows)).toBe('tag=a&tag=b&ram[from]=8&flag');
  });
  it('leave disabled and empty rows out', () => {
    expect(buildQuery([row('a', '1', false), row('', ''), row('b', '2')])).toBe('b=2');
  });
  it('round-trip what the table holds', () => {
    const rows = [row('q', 'hello world'), row('city', 'Москва')];
    expect(parseQuery(buildQuery(rows)).map((r) => decodeURIComponent(r.value))).toEqual([
      'hello world',
      'Москва',
    ]);
  });
  it('splits only at the first equals sign', () => {
    expect(parseQuery('expr=a=b')).toEqual([row('expr', 'a=b')]);
  });
});

describe('parseUrlParams', () => {
  it('separates the address from its query and drops the fragment', () => {
    expect(parseUrlParams('https://httpbin.org/get?a=1&b=2#top')).toEqual({
      url: 'https://httpbin.org/get',
      params: [row('a', '1'), row('b', '2')],
    });
    expect(parseUrlParams('https://httpbin.org/get')).toEqual({ url: 'https://httpbin.org/get', params: [] });
  });
});

describe('path variables', () => {
  it('are found in the path, never in the port', () => {
    expect(findPathVariables('http://localhost:5000/users/:id/posts/:postId?x=:y')).toEqual(['id', 'postId']);
    expect(findPathVariables('http://[::1]:8080/a')).toEqual([]);
    expect(findPathVariables('/users/:id/:id')).toEqual(['id']);
  });
  it('are substituted as one encoded segment; missing ones stay as written', () => {
    const url = 'http://localhost:5000/users/:id/files/:name';
    expect(substitutePathVariables(url, [row('id', '42'), row('name', 'a b/c')])).toBe(
      'http://localhost:5000/users/42/files/a%20b%2Fc',
    );
    expect(substitutePathVariables(url, [row('id', '42', false)])).toBe(url);
    expect(substitutePathVariables(url, [row('id', '')])).toBe(url);
  });
});

describe('buildRequestUrl', () => {
  it('puts it all together as a browser would send it', () => {
    expect(
      buildRequestUrl({
        url: 'httpbin.org/anything/:id?lang=en#section',
        pathVariables: [row('id', '7')],
        params: [row('q', 'a b'), row('ram[from]', '8'), row('skip', 'x', false)],
      }),
    ).toBe('https://httpbin.org/anything/7?lang=en&q=a%20b&ram[from]=8');
  });
  it('normalises the address own query as a browser would, keeping its structure', () => {
    expect(buildRequestUrl({ url: 'http://localhost/s?q=hello world&x=1' })).toBe(
      'http://localhost/s?q=hello%20world&x=1',
    );
  });
  it('is what WHATWG URL keeps as it is', () => {
    const built = buildRequestUrl({
      url: 'http://localhost/s',
      params: [row('ram[from]', '8'), row('q', 'é ')],
    });
    expect(new URL(built).href).toBe(built);
  });
});
