import type { ProxyError } from '@playground/shared';
import { expect } from 'vitest';

/**
 * What a learner sees of a failure must read as words: no stack trace, no parser or OpenSSL dump,
 * no source paths, no "undefined".
 */
export function expectPlainWords(error: ProxyError | undefined): void {
  expect(error).toBeDefined();
  for (const text of [error!.title, error!.message, error!.hint]) {
    expect(text).not.toMatch(/\n\s*at |\bat .+:\d+:\d+/);
    expect(text).not.toMatch(/Parse Error|HPE_|error:[0-9A-F]{8}|SSL routines|\.c:\d+|openssl/i);
    expect(text).not.toMatch(/undefined|\[object /);
  }
}
