import { afterEach, describe, expect, it, vi } from 'vitest';
import { configFromEnv, isLoopbackHost } from './config.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the run mode', () => {
  it.each(['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]'])('is local on %s', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
    vi.stubEnv('HOST', host);
    expect(configFromEnv().mode).toBe('local');
  });

  it.each(['0.0.0.0', '::', '192.168.1.20', 'playground.school.test'])('is shared on %s', (host) => {
    vi.stubEnv('HOST', host);
    vi.stubEnv('PLAYGROUND_MODE', '');
    const config = configFromEnv();
    expect(config.mode).toBe('shared');
    expect(config).toMatchObject({
      responseLimit: 'truncate',
      maxResponseBytes: 10 * 1024 ** 2,
      maxRequestMs: 60_000,
      requestsPerMinute: 60,
      concurrentRequests: 4,
    });
  });

  it('is shared on loopback when asked, e.g. behind a reverse proxy on the same machine', () => {
    vi.stubEnv('HOST', '127.0.0.1');
    vi.stubEnv('PLAYGROUND_MODE', 'shared');
    expect(configFromEnv().mode).toBe('shared');
  });

  it('refuses local mode on a network interface, saying what to do instead', () => {
    vi.stubEnv('HOST', '0.0.0.0');
    vi.stubEnv('PLAYGROUND_MODE', 'local');
    expect(() => configFromEnv()).toThrow(/needs a loopback HOST.*PLAYGROUND_MODE=shared/);
  });

  it('has no limits in local mode', () => {
    vi.stubEnv('HOST', '127.0.0.1');
    vi.stubEnv('PLAYGROUND_MODE', '');
    expect(configFromEnv()).toMatchObject({
      mode: 'local',
      responseLimit: 'fail',
      requestsPerMinute: Number.POSITIVE_INFINITY,
      maxRequestMs: Number.POSITIVE_INFINITY,
    });
  });
});

describe('settings', () => {
  it('reads limits, lists and the access code', () => {
    vi.stubEnv('HOST', '0.0.0.0');
    vi.stubEnv('PLAYGROUND_REQUESTS_PER_MINUTE', '30');
    vi.stubEnv('PLAYGROUND_MAX_REQUEST_SECONDS', '15');
    vi.stubEnv('PLAYGROUND_ALLOW_TARGETS', '10.0.5.0/24, lab.school.test');
    vi.stubEnv('PLAYGROUND_DENY_TARGETS', '203.0.113.9');
    vi.stubEnv('PLAYGROUND_ACCESS_CODE', 'owl-42');
    expect(configFromEnv()).toMatchObject({
      requestsPerMinute: 30,
      maxRequestMs: 15_000,
      allowTargets: ['10.0.5.0/24', 'lab.school.test'],
      denyTargets: ['203.0.113.9'],
      accessCode: 'owl-42',
    });
  });

  it('makes a fresh 256-bit launch key each time, or takes a long enough one', () => {
    vi.stubEnv('PLAYGROUND_TOKEN', '');
    const a = configFromEnv().launchToken;
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(configFromEnv().launchToken).not.toBe(a);
    vi.stubEnv('PLAYGROUND_TOKEN', 'short');
    expect(() => configFromEnv()).toThrow(/at least 32 characters/);
  });

  it('puts the practice HTTPS endpoints on 8443 unless told another port, and refuses what is not one', () => {
    vi.stubEnv('PLAYGROUND_TLS_PRACTICE_PORT', '');
    expect(configFromEnv().tlsPracticePort).toBe(8443);
    vi.stubEnv('PLAYGROUND_TLS_PRACTICE_PORT', '0');
    expect(configFromEnv().tlsPracticePort).toBe(0);
    for (const wrong of ['70000', '84.5', 'https']) {
      vi.stubEnv('PLAYGROUND_TLS_PRACTICE_PORT', wrong);
      expect(() => configFromEnv()).toThrow(/PLAYGROUND_TLS_PRACTICE_PORT must be/);
    }
  });

  it('refuses a public origin that is not one', () => {
    vi.stubEnv('PLAYGROUND_PUBLIC_ORIGIN', 'playground.school.test');
    expect(() => configFromEnv()).toThrow(/PLAYGROUND_PUBLIC_ORIGIN/);
  });
});
