import { describe, expect, it } from 'vitest';
import { displayUrl, formatAge, outcomeLabel } from './describe-entry.ts';

describe('describing an entry', () => {
  it('labels each outcome', () => {
    expect(outcomeLabel({ kind: 'response', status: 200, statusText: 'OK' })).toBe('200 OK');
    expect(outcomeLabel({ kind: 'failed', title: 'Connection refused' })).toBe('Connection refused');
    expect(outcomeLabel({ kind: 'cancelled' })).toBe('Cancelled');
  });

  it.each([
    [10_000, 'just now'],
    [120_000, '2 min ago'],
    [3 * 3_600_000, '3 h ago'],
    [26 * 3_600_000, '1 day ago'],
    [5 * 86_400_000, '5 days ago'],
  ])('%i ms ago reads "%s"', (ago, label) => {
    expect(formatAge(1_000_000_000 - ago, 1_000_000_000)).toBe(label);
  });

  it('drops only this page’s own origin from the URL', () => {
    expect(displayUrl('http://localhost:5173/httpbin/get', 'http://localhost:5173')).toBe('/httpbin/get');
    expect(displayUrl('https://example.com/a', 'http://localhost:5173')).toBe('https://example.com/a');
  });
});
