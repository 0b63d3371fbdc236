import { tlsPracticeUrl } from '../schemas/practice-info.ts';
import type { LessonRequest } from './lesson.ts';

/** Where the lesson requests go: the page's own origin, and the port of the HTTPS endpoints. */
export interface LessonPlace {
  /** e.g. `http://127.0.0.1:8787`, the practice server the page is served with. */
  origin: string;
  /** Null when the HTTPS endpoints are not running. */
  tlsPort: number | null;
}

/**
 * The address a lesson's request is sent to, with its `:name` path variables still in it (the
 * request editor fills them in); null for an HTTPS endpoint that is not running.
 *
 * @example
 * lessonUrl({ method: 'GET', path: '/httpbin/get' }, { origin: 'http://127.0.0.1:8787', tlsPort: 8443 })
 * // 'http://127.0.0.1:8787/httpbin/get'
 * lessonUrl({ method: 'GET', path: '/', tls: 'expired' }, place) // 'https://expired.practice.localhost:8443/'
 */
export function lessonUrl(request: LessonRequest, place: LessonPlace): string | null {
  if (request.tls === undefined) return `${place.origin.replace(/\/+$/, '')}${request.path}`;
  if (place.tlsPort === null) return null;
  return tlsPracticeUrl(request.tls, place.tlsPort, request.path);
}
