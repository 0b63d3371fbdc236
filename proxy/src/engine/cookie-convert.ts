import type { StoredCookie } from '@playground/shared';
import { Cookie } from 'tough-cookie';
import { fail } from './errors.ts';

/** The latest instant a JavaScript Date (and so an ISO 8601 string) can hold. */
const LAST_DATE_MS = 8.64e15;

/** Control characters (tab aside) would end the header line; Node refuses anything past Latin-1. */
function unsendable(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f || code > 0xff) return true;
  }
  return false;
}

function isoDate(ms: number): string {
  return new Date(Math.min(ms, LAST_DATE_MS)).toISOString();
}

function checkSendable(stored: StoredCookie, index: number): void {
  const problem = (field: 'name' | 'value', why: string) =>
    fail(
      'invalid-request',
      'A cookie in the jar cannot be sent',
      `The cookie "${stored.name}" for ${stored.domain} has a ${field} that ${why}, so it cannot go in a Cookie header.`,
      'Edit or delete that cookie in the jar, then send again.',
      { field: `cookieJar[${index}].${field}` },
    );
  if (unsendable(stored.name) || /[;=]/.test(stored.name)) {
    throw problem(
      'name',
      'contains a line break, a control character, ";", "=" or a character beyond Latin-1',
    );
  }
  if (unsendable(stored.value) || stored.value.includes(';')) {
    throw problem('value', 'contains a line break, a control character, ";" or a character beyond Latin-1');
  }
}

function parseDate(text: string, field: string, index: number): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) {
    throw fail(
      'invalid-request',
      'A cookie in the jar has a broken date',
      `The ${field} date of a cookie in the jar, "${text}", is not a date.`,
      'Edit or delete that cookie in the jar, then send again.',
      { field: `cookieJar[${index}].${field}` },
    );
  }
  return date;
}

/**
 * A stored cookie as tough-cookie's `Cookie`, ready to put in a store. Names and values are kept as
 * they cross the wire (one character per byte, like every header value in the proxy's events), so a
 * cookie that could not be written in a header is refused with the field named.
 *
 * @example
 * const cookie = toToughCookie(stored, 0);
 * store.putCookie(cookie, () => {});
 */
export function toToughCookie(stored: StoredCookie, index: number): Cookie {
  checkSendable(stored, index);
  const path = stored.path.startsWith('/') ? stored.path : '/';
  const creation = parseDate(stored.created, 'created', index);
  return new Cookie({
    key: stored.name,
    value: stored.value,
    domain: stored.domain.toLowerCase().replace(/^\./, ''),
    path,
    expires: stored.expires === null ? 'Infinity' : parseDate(stored.expires, 'expires', index),
    hostOnly: stored.hostOnly,
    secure: stored.secure,
    httpOnly: stored.httpOnly,
    sameSite: stored.sameSite ?? undefined,
    creation,
    lastAccessed: creation,
  });
}

/**
 * tough-cookie's `Cookie` as the browser stores it. `Max-Age` is turned into an absolute date
 * (relative to `now`), so the jar the browser keeps says when the cookie goes, whenever it is read.
 */
export function toStoredCookie(cookie: Cookie, now: Date = new Date()): StoredCookie {
  const expiry = cookie.expiryTime(now);
  const sameSite = cookie.sameSite?.toLowerCase();
  const creation = cookie.creation instanceof Date ? cookie.creation : now;
  return {
    name: cookie.key,
    value: cookie.value,
    domain: (cookie.domain ?? '').replace(/^\./, ''),
    path: cookie.path ?? '/',
    expires:
      expiry === undefined || expiry === Number.POSITIVE_INFINITY ? null : isoDate(Math.max(0, expiry)),
    hostOnly: cookie.hostOnly ?? false,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: sameSite === 'strict' || sameSite === 'lax' || sameSite === 'none' ? sameSite : null,
    created: creation.toISOString(),
  };
}
