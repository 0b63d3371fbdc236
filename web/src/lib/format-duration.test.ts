import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration.ts';

describe('formatDuration', () => {
  it('shows a dash for phases that did not happen', () => {
    expect(formatDuration(null)).toBe('—');
  });

  it('scales from fractions of a millisecond to seconds', () => {
    expect(formatDuration(0.42)).toBe('0.4 ms');
    expect(formatDuration(2)).toBe('2 ms');
    expect(formatDuration(12.6)).toBe('13 ms');
    expect(formatDuration(1250)).toBe('1.25 s');
  });
});
