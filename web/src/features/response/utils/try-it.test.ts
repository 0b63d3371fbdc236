import { describe, expect, it } from 'vitest';
import { newDraft, newRow } from '@/lib/request-draft.ts';
import { applyTryIt } from './try-it.ts';

describe('applyTryIt', () => {
  it('adds a header to the request being composed, keeping everything else', () => {
    const draft = {
      ...newDraft('GET', 'http://127.0.0.1/httpbin/etag/abc'),
      auth: { type: 'bearer' as const, token: 't' },
    };
    const tried = applyTryIt(draft, {
      label: 'Try again with If-None-Match',
      headers: [['If-None-Match', 'abc']],
    });
    expect(tried.newTab).toBe(false);
    expect(tried.draft.headers.map((row) => [row.name, row.value, row.enabled])).toEqual([
      ['If-None-Match', 'abc', true],
    ]);
    expect(tried.draft.auth).toEqual(draft.auth);
    expect(tried.draft.url).toBe(draft.url);
  });

  it('updates a header already there, whatever its case, and turns it back on', () => {
    const draft = {
      ...newDraft(),
      headers: [newRow('origin', 'https://old.example', false), newRow('Accept', '*/*')],
    };
    const tried = applyTryIt(draft, {
      label: 'Try again with an Origin',
      headers: [['Origin', 'https://example.org']],
    });
    expect(tried.draft.headers.map((row) => [row.name, row.value, row.enabled])).toEqual([
      ['origin', 'https://example.org', true],
      ['Accept', '*/*', true],
    ]);
  });

  it('puts a preflight in a new tab: OPTIONS, no body, no credentials, no redirects followed', () => {
    const draft = {
      ...newDraft('PUT', 'http://127.0.0.1/httpbin/put?x=1'),
      auth: { type: 'basic' as const, username: 'u', password: 'p' },
    };
    draft.body = { ...draft.body, kind: 'json', text: '{"a":1}' };
    const tried = applyTryIt(draft, {
      label: 'Try the preflight',
      method: 'OPTIONS',
      headers: [
        ['Origin', 'https://example.org'],
        ['Access-Control-Request-Method', 'PUT'],
      ],
    });
    expect(tried.newTab).toBe(true);
    expect(tried.draft).toMatchObject({
      method: 'OPTIONS',
      url: draft.url,
      auth: { type: 'none' },
      followRedirects: false,
    });
    expect(tried.draft.body.kind).toBe('none');
    expect(tried.draft.headers.map((row) => row.name)).toEqual(['Origin', 'Access-Control-Request-Method']);
  });
});
