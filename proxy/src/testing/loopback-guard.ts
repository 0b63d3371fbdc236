import type { ConnectPolicy } from '../engine/connect.ts';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4})$/i;

/**
 * Wraps the policy under test so that, whatever it decides, a test never connects beyond loopback:
 * an address the policy wrongly allows is stopped here with code `TEST_GUARD`, which the assertions
 * then catch. Tests of the SSRF defences must not become SSRF themselves.
 */
export function loopbackOnly(policy: ConnectPolicy | undefined): ConnectPolicy {
  return (candidate) => {
    const verdict = policy?.(candidate) ?? null;
    if (verdict || LOOPBACK.test(candidate.address)) return verdict;
    return {
      kind: 'blocked',
      title: 'Stopped by the test guard',
      message: `The policy under test allowed ${candidate.address}, which tests never connect to.`,
      hint: 'Fix the policy.',
      code: 'TEST_GUARD',
    };
  };
}
