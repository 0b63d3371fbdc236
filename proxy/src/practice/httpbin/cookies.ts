import { type Context, Hono } from 'hono';
import { answerOtherMethods } from './methods.ts';
import { queryPairs, schemeOf } from './request-data.ts';
import { headerSafe, redirectPage, sendJson } from './responses.ts';

/** Analytics cookies httpbin.org's own pages set; hidden unless the query has show_env. */
const ENV_COOKIES = new Set([
  '_gauges_unique',
  '_gauges_unique_year',
  '_gauges_unique_month',
  '_gauges_unique_day',
  '_gauges_unique_hour',
  '__utmz',
  '__utma',
  '__utmb',
]);

const LEGAL = /^[A-Za-z0-9/=!#$%&'*+\-.^_`|~:]$/;

/** Werkzeug's cookie value quoting: plain when every byte is legal, else quoted with octal escapes. */
export function quoteCookieValue(value: string): string {
  const bytes = new TextEncoder().encode(value);
  let out = '';
  let legal = true;
  for (const byte of bytes) {
    const ch = String.fromCharCode(byte);
    if (LEGAL.test(ch)) {
      out += ch;
      continue;
    }
    legal = false;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (byte < 32 || byte >= 127 || ch === ',' || ch === ';')
      out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return legal ? out : `"${out}"`;
}

/** Werkzeug's Cookie header parsing: `;`-separated pairs, quoted values unescaped, first value wins. */
export function parseCookieHeader(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  const pattern = /([^=;]*)(?:\s*=\s*("(?:[^\\"]|\\.)*"|(?:.*?)))?\s*;/y;
  const input = `${header};`;
  while (pattern.lastIndex < header.length) {
    const match = pattern.exec(input);
    if (!match) break;
    const key = utf8(match[1]!.trim());
    if (key && !cookies.has(key)) cookies.set(key, utf8(unquote(match[2] ?? '')));
  }
  return cookies;
}

function unquote(value: string): string {
  if (value.length < 2 || !value.startsWith('"') || !value.endsWith('"')) return value;
  return value
    .slice(1, -1)
    .replace(/\\([0-3][0-7][0-7])|\\(.)/g, (_, octal?: string, ch?: string) =>
      octal ? String.fromCharCode(Number.parseInt(octal, 8)) : ch!,
    );
}

// Header strings hold bytes one per character; cookie names and values are UTF-8.
const utf8 = (latin1: string) => Buffer.from(latin1, 'latin1').toString('utf8');

// A name Fetch cannot put in a header (a control character) would fail the whole answer; skip it.
const fitsInHeader = (name: string) => [...name].every((ch) => ch >= ' ' && ch !== '\x7f');

/** Reading, setting and deleting cookies; every redirect goes back to the prefixed /cookies. */
export function cookieRoutes(options: { prefix: string }) {
  const app = new Hono();
  const back = () => redirectPage(`${options.prefix}/cookies`);
  const setCookies = (c: Context, cookies: [string, string][]) => {
    const response = back();
    // Werkzeug marks cookies Secure when the request itself came over https.
    const secure = schemeOf(c) === 'https' ? '; Secure' : '';
    for (const [name, value] of cookies) {
      if (!fitsInHeader(name)) continue;
      response.headers.append(
        'Set-Cookie',
        `${headerSafe(name)}=${quoteCookieValue(value)}${secure}; Path=/`,
      );
    }
    return response;
  };
  // httpbin reads the query with dict(args.items()): each name once, with its first value.
  const firstValues = (c: Context) => {
    const values = new Map<string, string>();
    for (const [name, value] of queryPairs(c)) if (!values.has(name)) values.set(name, value);
    return [...values];
  };

  app.get('/cookies', (c) => {
    const cookies = parseCookieHeader(c.req.header('cookie') ?? '');
    const showEnv = queryPairs(c).some(([key]) => key === 'show_env');
    const shown = [...cookies].filter(([name]) => showEnv || !ENV_COOKIES.has(name));
    return sendJson({ cookies: Object.fromEntries(shown) });
  });
  app.get('/cookies/set', (c) => setCookies(c, firstValues(c)));
  app.get('/cookies/set/:name/:value', (c) => setCookies(c, [[c.req.param('name'), c.req.param('value')]]));
  app.get('/cookies/delete', (c) => {
    const response = back();
    for (const [name] of firstValues(c)) {
      if (!fitsInHeader(name)) continue;
      const expired = 'Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/';
      response.headers.append('Set-Cookie', `${headerSafe(name)}=; ${expired}`);
    }
    return response;
  });

  answerOtherMethods(app, {
    '/cookies': ['GET'],
    '/cookies/set': ['GET'],
    '/cookies/set/:name/:value': ['GET'],
    '/cookies/delete': ['GET'],
  });
  return app;
}
