import { describe, expect, it } from 'vitest';
import { findPathVariables } from '../url/request-url.ts';
import { LESSONS, lessonUrl } from './index.ts';

// The lessons as data: each one complete, each request one the editor can show as it is.
// Whether each request gets what its step expects is checked against the real practice server
// in proxy/src/practice/lessons.test.ts.

const place = { origin: 'http://127.0.0.1:8787', tlsPort: 8443 };

describe('the lessons', () => {
  it('cover every topic of the syllabus, in teaching order', () => {
    expect(LESSONS.map((lesson) => lesson.id)).toEqual([
      'methods',
      'status-codes',
      'headers',
      'params',
      'bodies',
      'cookies',
      'auth',
      'redirects',
      'negotiation',
      'caching',
      'https',
      'streaming',
      'rest',
    ]);
  });

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))('%s is complete', (_id, lesson) => {
    expect(lesson.title).not.toBe('');
    expect(lesson.goal).toMatch(/\.$/);
    expect(lesson.takeaway).toMatch(/\.$/);
    expect(lesson.steps.length).toBeGreaterThanOrEqual(2);
    expect(new Set(lesson.steps.map((step) => step.id)).size).toBe(lesson.steps.length);
    for (const step of lesson.steps) {
      expect(step.id).toMatch(/^[a-z0-9-]+$/);
      expect(step.title, step.id).not.toBe('');
      expect(step.text, step.id).toMatch(/[.?)]$/);
      expect(step.notice, step.id).toMatch(/[.)]$/);
      expect(step.request.path, step.id).toMatch(/^\//);
      // Every :name in the path has a value, so the step can be sent as it is.
      const wanted = findPathVariables(step.request.path).sort();
      expect(Object.keys(step.request.pathVariables ?? {}).sort(), step.id).toEqual(wanted);
    }
  });

  it('keep to the practice server: no step needs the internet', () => {
    for (const lesson of LESSONS) {
      for (const step of lesson.steps) {
        const url = new URL(lessonUrl(step.request, place) ?? 'https://unavailable.invalid/');
        const practice =
          url.origin === place.origin
            ? /^\/(httpbin|practice)\//.test(url.pathname)
            : url.hostname.endsWith('.practice.localhost');
        expect(practice, `${lesson.id}/${step.id}: ${url.href}`).toBe(true);
      }
    }
  });

  it('expect certificate failures only from the HTTPS endpoints', () => {
    const failures = LESSONS.flatMap((lesson) =>
      lesson.steps.flatMap((step) =>
        'failure' in step.expect ? [[step.request.tls, step.expect.failure]] : [],
      ),
    );
    expect(failures).toEqual([
      [undefined, 'too-many-redirects'],
      ['expired', 'tls-expired'],
      ['wrong-host', 'tls-wrong-host'],
      ['self-signed', 'tls-self-signed'],
      ['untrusted-root', 'tls-unknown-issuer'],
    ]);
  });
});

describe('lessonUrl', () => {
  it('puts a practice path after the page origin', () => {
    expect(
      lessonUrl(
        { method: 'GET', path: '/httpbin/get?a=1' },
        { origin: 'http://127.0.0.1:8787/', tlsPort: null },
      ),
    ).toBe('http://127.0.0.1:8787/httpbin/get?a=1');
  });

  it('names an HTTPS endpoint at its port, or nothing when they are not running', () => {
    const request = { method: 'GET', path: '/', tls: 'expired' } as const;
    expect(lessonUrl(request, place)).toBe('https://expired.practice.localhost:8443/');
    expect(lessonUrl(request, { ...place, tlsPort: null })).toBeNull();
  });
});
