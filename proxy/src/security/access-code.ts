import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { clientAddress } from '../middleware/client-limits.ts';
import type { ClientLimiter } from './client-limiter.ts';
import { refuse } from './refusal.ts';
import type { Site } from './site.ts';

const COOKIE = 'playground_access';
const WEEK_S = 7 * 24 * 60 * 60;

/**
 * What the cookie holds once the code was entered: a MAC of a fixed text under the code, so the
 * cookie never carries the code itself, survives restarts, works across instances, and stops working
 * when the teacher changes the code.
 */
function pass(code: string): string {
  return createHmac('sha256', code).update('http-playground access v1').digest('base64url');
}

function same(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** True when no code is set, or this browser entered it. */
export function hasAccess(c: Context, code: string): boolean {
  if (code === '') return true;
  const sent = getCookie(c, COOKIE);
  return sent !== undefined && same(sent, pass(code));
}

/** Where to go after the code: a path on this site only, never another site. */
function returnPath(raw: string | undefined): string {
  return raw?.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/\\') ? raw : '/';
}

/** The `/access?next=…` address that brings the browser back to this page afterwards. */
export function accessPagePath(c: Context): string {
  const url = new URL(c.req.url);
  return `/access?next=${encodeURIComponent(url.pathname + url.search)}`;
}

/** The calls that cost the playground something need the code (when one is set). */
export function requireAccessCode(code: string): MiddlewareHandler {
  return async function requireAccessCodeMiddleware(c, next) {
    if (hasAccess(c, code)) return next();
    return refuse(c, 401, {
      kind: 'blocked',
      title: 'Access code needed',
      message: 'This playground asks for the class access code before it sends requests.',
      hint: 'Reload the page and enter the code your teacher gave you.',
      code: 'ACCESS_CODE',
    });
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function page(next: string, wrong: boolean): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Access code · HTTP Playground</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;display:grid;place-items:center;min-height:100vh;margin:0;background:#f6f7f9;color:#1d2330}
main{background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0002;max-width:22rem}
h1{font-size:1.25rem;margin:0 0 .5rem}label{display:block;margin:1rem 0 .25rem;font-weight:600}
input{font:inherit;padding:.4rem;width:100%;box-sizing:border-box}button{font:inherit;margin-top:1rem;padding:.4rem 1rem}
[role=alert]{color:#a4161a}
</style>
</head>
<body>
<main>
<h1>HTTP Playground</h1>
<p>This playground is for a class. Enter the access code your teacher gave you; this browser will remember it.</p>
${wrong ? '<p role="alert">That is not the code. Check it and try again.</p>' : ''}
<form method="post" action="/access?next=${escapeHtml(encodeURIComponent(next))}">
<label for="code">Access code</label>
<input id="code" name="code" type="password" autocomplete="off" required autofocus>
<button type="submit">Enter</button>
</form>
</main>
</body>
</html>`;
}

export interface AccessOptions {
  code: string;
  site: Site;
  limiter: ClientLimiter;
  trustProxy: boolean;
}

/**
 * `GET /access`: a small form asking for the class code, served by the proxy itself (no script);
 * `POST /access`: checks it, sets an HttpOnly, SameSite cookie and goes back to the page. Guesses
 * count against the client's request limit, so the code cannot be tried at speed.
 */
export function accessRoutes(options: AccessOptions): Hono {
  const app = new Hono();
  const html = (c: Context, body: string, status: 200 | 401 | 403 = 200) => {
    c.header('Cache-Control', 'no-store');
    return c.html(body, status);
  };

  app.get('/access', (c) => html(c, page(returnPath(c.req.query('next')), false)));

  app.post('/access', async (c) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !options.site.origins(c).has(origin)) return html(c, 'Forbidden', 403);
    const admission = options.limiter.admit(clientAddress(c, options.trustProxy));
    if (!admission.ok) {
      c.header('Retry-After', String(admission.retryAfterSeconds));
      return refuse(c, 429, admission.error);
    }
    admission.release();
    const next = returnPath(c.req.query('next'));
    const form = await c.req.parseBody();
    const entered = typeof form.code === 'string' ? form.code.trim() : '';
    if (!same(entered, options.code)) return html(c, page(next, true), 401);
    const secure =
      new URL(c.req.url).protocol === 'https:' ||
      (options.trustProxy && c.req.header('x-forwarded-proto') === 'https');
    setCookie(c, COOKIE, pass(options.code), {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      maxAge: WEEK_S,
      secure,
    });
    return c.redirect(next, 303);
  });

  return app;
}
