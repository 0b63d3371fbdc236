import { parseSetCookie } from 'set-cookie-parser';
import type { HeaderPair } from '../schemas/proxy-event.ts';
import { type DiagnosticsInput, type Finding, headerValues, type Point, type Severity } from './finding.ts';
import { isLoopbackHost } from './loopback.ts';

// Beyond this many cookies in one exchange, the rest get one line: a wall of cards helps nobody.
const MAX_CARDS = 8;

const RANK: Record<Severity, number> = { info: 0, warning: 1, problem: 2 };
const worst = (a: Severity, b: Severity): Severity => (RANK[b] > RANK[a] ? b : a);

/** Every Set-Cookie on the way (redirects included), with the address whose answer set it. */
function setCookies(input: DiagnosticsInput): { url: URL; line: string }[] {
  const answers: { url: string; headers: readonly HeaderPair[] }[] = [
    ...input.hops.flatMap((hop) =>
      hop.redirect && hop.request ? [{ url: hop.request.url, headers: hop.redirect.headers }] : [],
    ),
    { url: input.response.url, headers: input.response.headers },
  ];
  return answers.flatMap(({ url, headers }) =>
    headerValues(headers, 'set-cookie').map((line) => ({ url: new URL(url), line })),
  );
}

function isDeletion(cookie: { expires?: Date; maxAge?: number }): boolean {
  return (
    (cookie.maxAge !== undefined && cookie.maxAge <= 0) ||
    (cookie.expires !== undefined && cookie.expires.getTime() < Date.now())
  );
}

/** What one cookie lacks, each with what it costs, and how much that matters here. */
function review(line: string, url: URL): { name: string; points: Point[]; severity: Severity } | null {
  const cookie = parseSetCookie(line, { decodeValues: false })[0];
  if (!cookie || isDeletion(cookie)) return null;
  const https = url.protocol === 'https:';
  const local = isLoopbackHost(url.hostname);
  const points: Point[] = [];
  let severity: Severity = 'info';
  const add = (term: string, meaning: string, level: Severity) => {
    points.push({ term, meaning });
    severity = worst(severity, level);
  };
  const sameSite = cookie.sameSite?.toLowerCase();
  if (cookie.secure && !https && !local)
    add(
      'Secure over http',
      'Browsers refuse a Secure cookie set by a plain http answer: this one will not be kept.',
      'warning',
    );
  if (!cookie.secure)
    add(
      'no Secure',
      https
        ? 'The browser would also send it over plain http, where anyone on the network can read it.'
        : 'It travels over plain http here anyway; on a real site, Secure keeps a cookie off plain http.',
      https || !local ? 'warning' : 'info',
    );
  if (!cookie.httpOnly)
    add(
      'no HttpOnly',
      'Scripts on the page can read it (document.cookie), so one cross-site scripting bug is enough to steal it. Only cookies a script must read go without it.',
      'warning',
    );
  if (sameSite === 'none' && !cookie.secure)
    add(
      'SameSite=None without Secure',
      'Browsers refuse SameSite=None unless the cookie is also Secure: this one will not be kept.',
      'problem',
    );
  else if (sameSite === undefined)
    add(
      'no SameSite',
      'Chromium and Edge treat it as SameSite=Lax (not sent on requests other sites start, except following a link); Firefox and Safari differ. Say it explicitly.',
      'info',
    );
  else if (!['strict', 'lax', 'none'].includes(sameSite))
    add(
      `SameSite=${cookie.sameSite}`,
      'Not a value browsers know (Strict, Lax or None); they treat it as if it were missing.',
      'warning',
    );
  return points.length === 0 ? null : { name: cookie.name, points, severity };
}

const flagWords = (points: Point[]) =>
  points
    .map((point) => point.term)
    .filter((term) => term.startsWith('no '))
    .map((term) => term.slice(3));

/**
 * Each cookie set on the way, checked for the flags that protect it: Secure (https only),
 * HttpOnly (out of scripts' reach) and SameSite (not sent along by other sites). Cookies being
 * deleted (expired, Max-Age=0) are left alone.
 */
export function cookieFindings(input: DiagnosticsInput): Finding[] {
  const reviewed = setCookies(input).flatMap(({ url, line }) => {
    const result = review(line, url);
    return result ? [{ ...result, line }] : [];
  });
  const cards = reviewed.slice(0, MAX_CARDS).map(({ name, points, severity, line }): Finding => {
    const missing = flagWords(points);
    const others = points.filter((point) => !point.term.startsWith('no ')).map((point) => point.term);
    const said = [missing.length > 0 ? `without ${missing.join(', ')}` : '', ...others]
      .filter(Boolean)
      .join('; ');
    return {
      id: `security/cookie:${name}`,
      topic: 'security',
      severity,
      title: `Cookie "${name}" is set ${said}`,
      explanation: 'Cookies often carry a login. These attributes decide who gets to see this one:',
      hint: `A session cookie is usually set as: ${name}=…; Secure; HttpOnly; SameSite=Lax; Path=/`,
      evidence: [{ name: 'Set-Cookie', value: line }],
      points,
    };
  });
  if (reviewed.length > MAX_CARDS)
    cards.push({
      id: 'security/cookie-more',
      topic: 'security',
      severity: 'info',
      title: `${reviewed.length - MAX_CARDS} more cookies lack some of these flags`,
      explanation: 'They are listed in the Headers view, one Set-Cookie each.',
      evidence: reviewed.slice(MAX_CARDS).map(({ line }) => ({ name: 'Set-Cookie', value: line })),
    });
  return cards;
}
