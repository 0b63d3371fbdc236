import type { HistoryEntry } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { matchesHistory } from './match-history.ts';

const entry: HistoryEntry = {
  id: 'a',
  sentAt: 0,
  method: 'POST',
  url: 'http://x/users?page=2',
  outcome: { kind: 'response', status: 201, statusText: 'Created' },
  totalMs: 5,
  bodyBytes: 10,
  draft: {
    method: 'POST',
    url: 'http://x/users?page=2',
    params: [],
    pathVariables: [],
    headers: [{ name: 'X-Course', value: 'http-basics', enabled: true }],
    body: {
      kind: 'json',
      text: '{"name": "Ada"}',
      textContentType: 'text/plain',
      fields: [],
      parts: [],
      file: null,
    },
    auth: { type: 'none' },
    followRedirects: true,
    timeoutMs: 30_000,
  },
};

describe('matchesHistory', () => {
  it.each([
    ['', true],
    ['post', true],
    ['users', true],
    ['x-course', true],
    ['HTTP-BASICS', true],
    ['ada', true],
    ['post users', true],
    ['get', false],
    ['post orders', false],
  ])('"%s" matches: %s', (query, expected) => {
    expect(matchesHistory(entry, query)).toBe(expected);
  });
});
