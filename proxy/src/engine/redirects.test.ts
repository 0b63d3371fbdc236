import type { SentHeader } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { isFollowableRedirect, nextHopHeaders, nextHopMethod } from './redirects.ts';

describe('redirect rules', () => {
  it('follow 301, 302, 303, 307 and 308 with a Location only', () => {
    for (const status of [301, 302, 303, 307, 308]) expect(isFollowableRedirect(status, '/next')).toBe(true);
    expect(isFollowableRedirect(300, '/next')).toBe(false);
    expect(isFollowableRedirect(304, '/next')).toBe(false);
    expect(isFollowableRedirect(302, undefined)).toBe(false);
  });

  it('turn POST into GET on 301/302 and anything but HEAD into GET on 303, as browsers do', () => {
    expect(nextHopMethod(301, 'POST')).toEqual({ method: 'GET', keepBody: false });
    expect(nextHopMethod(302, 'POST')).toEqual({ method: 'GET', keepBody: false });
    expect(nextHopMethod(302, 'PUT')).toEqual({ method: 'PUT', keepBody: true });
    expect(nextHopMethod(303, 'PUT')).toEqual({ method: 'GET', keepBody: false });
    expect(nextHopMethod(303, 'HEAD')).toEqual({ method: 'HEAD', keepBody: true });
    expect(nextHopMethod(307, 'POST')).toEqual({ method: 'POST', keepBody: true });
    expect(nextHopMethod(308, 'DELETE')).toEqual({ method: 'DELETE', keepBody: true });
  });

  it('drop body headers with the body and credentials on another origin', () => {
    const headers: SentHeader[] = [
      { name: 'Authorization', value: 'Basic x', source: 'auth' },
      { name: 'Content-Type', value: 'application/json', source: 'body' },
      { name: 'X-Trace', value: '1', source: 'user' },
    ];
    expect(nextHopHeaders(headers, { keepBody: false, sameOrigin: true }).map((h) => h.name)).toEqual([
      'Authorization',
      'X-Trace',
    ]);
    expect(nextHopHeaders(headers, { keepBody: true, sameOrigin: false }).map((h) => h.name)).toEqual([
      'Content-Type',
      'X-Trace',
    ]);
  });
});
