import { describe, expect, it } from 'vitest';
import { describeProxyStatus } from './proxy-status.ts';

describe('describeProxyStatus', () => {
  it('says the proxy is being checked while the first answer is pending', () => {
    expect(describeProxyStatus('pending')).toEqual({ tone: 'pending', text: 'Proxy: checking…' });
  });

  it('says the proxy is ready once it answered', () => {
    expect(describeProxyStatus('success')).toEqual({ tone: 'ok', text: 'Proxy: ready' });
  });

  it('says the proxy is not reachable when the check failed', () => {
    const view = describeProxyStatus('error');
    expect(view.tone).toBe('down');
    expect(view.text).toMatch(/^Proxy: not reachable/);
  });
});
