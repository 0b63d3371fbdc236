import type { CollectionItem, SavedRequest } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { countRequests, requestsLabel } from './count-requests.ts';

const request = (id: string) => ({ type: 'request', id, name: id }) as unknown as SavedRequest;

describe('countRequests', () => {
  it('counts requests in nested folders, not the folders', () => {
    const items: CollectionItem[] = [
      request('a'),
      {
        type: 'folder',
        id: 'f',
        name: 'F',
        items: [request('b'), { type: 'folder', id: 'g', name: 'G', items: [request('c')] }],
      },
      { type: 'folder', id: 'e', name: 'Empty', items: [] },
    ];
    expect(countRequests(items)).toBe(3);
    expect(countRequests([])).toBe(0);
  });

  it('says it in words', () => {
    expect(requestsLabel(1)).toBe('1 request');
    expect(requestsLabel(0)).toBe('0 requests');
  });
});
