import { describe, expect, it } from 'vitest';
import { RequestSpec } from './request-spec.ts';

describe('RequestSpec', () => {
  it('fills in the defaults a user expects', () => {
    const spec = RequestSpec.parse({ method: 'GET', url: 'httpbin.org/get' });
    expect(spec.body).toEqual({ kind: 'none' });
    expect(spec.auth).toEqual({ type: 'none' });
    expect(spec.options.followRedirects).toBe(true);
    expect(spec.options.maxRedirects).toBe(10);
    expect(spec.options.timeouts.connectMs).toBeGreaterThan(0);
  });

  it('accepts custom method tokens and refuses methods with spaces', () => {
    expect(RequestSpec.safeParse({ method: 'PURGE', url: 'x' }).success).toBe(true);
    const bad = RequestSpec.safeParse({ method: 'GET ME', url: 'x' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['method']);
  });

  it('names the header row at fault', () => {
    const bad = RequestSpec.safeParse({
      method: 'GET',
      url: 'x',
      headers: [
        { name: 'Accept', value: '*/*' },
        { name: 'X Bad', value: 'v' },
        { name: 'X-Inject', value: 'a\r\nEvil: 1' },
      ],
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['headers.1.name', 'headers.2.value']);
    expect(bad.error?.issues[0]?.message).toContain('"X Bad" is not a valid header name');
  });

  it('ignores disabled rows', () => {
    const spec = { method: 'GET', url: 'x', headers: [{ name: 'half typed:', value: '', enabled: false }] };
    expect(RequestSpec.safeParse(spec).success).toBe(true);
  });

  it('refuses an unknown body kind', () => {
    expect(RequestSpec.safeParse({ method: 'POST', url: 'x', body: { kind: 'yaml' } }).success).toBe(false);
  });
});
