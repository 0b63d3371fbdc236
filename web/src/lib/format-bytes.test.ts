import { describe, expect, it } from 'vitest';
import { formatBodySize, formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
  it('keeps small counts in bytes', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(340)).toBe('340 B');
    expect(formatBytes(1023)).toBe('1023 B');
  });

  it('uses one decimal below 100 and drops a trailing .0', () => {
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(1229)).toBe('1.2 KB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(150 * 1024 * 1024)).toBe('150 MB');
  });
});

describe('formatBodySize', () => {
  it('adds the wire size when the body was compressed', () => {
    expect(formatBodySize(1229, 340, 'gzip')).toBe('1.2 KB (340 B gzip)');
  });

  it('shows only the decoded size otherwise', () => {
    expect(formatBodySize(1229, 1229, null)).toBe('1.2 KB');
    expect(formatBodySize(1229, null, 'gzip')).toBe('1.2 KB');
  });
});
