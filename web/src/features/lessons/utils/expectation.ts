import { type ErrorKind, statusLabel } from '@playground/shared';
import type { LessonExpectation } from '@playground/shared/lessons';

/** The failures lessons lead to, named as the alert will name them. */
const FAILURES: Partial<Record<ErrorKind, string>> = {
  'too-many-redirects': 'too many redirects',
  'tls-expired': 'certificate expired',
  'tls-wrong-host': 'certificate for another name',
  'tls-self-signed': 'self-signed certificate',
  'tls-unknown-issuer': 'untrusted certificate authority',
};

/**
 * What the learner should see once the step is sent, in a few words.
 *
 * @example expectationText({ status: 201 }) // '201 Created'
 * @example expectationText({ failure: 'tls-expired' }) // 'no response: certificate expired'
 */
export function expectationText(expect: LessonExpectation): string {
  if ('status' in expect) return statusLabel(expect.status, '');
  return `no response: ${FAILURES[expect.failure] ?? expect.failure}`;
}
