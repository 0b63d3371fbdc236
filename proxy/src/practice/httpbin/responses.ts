import { pythonJson } from './python-json.ts';

export type HeaderList = [string, string][];

const HTML = 'text/html; charset=utf-8';

/**
 * A complete response with Content-Length set, as gunicorn sends for every non-streamed answer, so
 * HEAD shows it too. Bodies are bytes so that the platform adds no Content-Type of its own: several
 * httpbin answers (418, 401, the redirects of /status) have none.
 */
export function send(body: string | Uint8Array, status = 200, headers: HeaderList = []): Response {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const out = new Headers(headers);
  // Werkzeug leaves Content-Length off exactly these two bodiless statuses.
  if (status === 204 || status === 304) return new Response(null, { status, headers: out });
  out.set('Content-Length', String(bytes.byteLength));
  return new Response(bytes.byteLength === 0 ? null : bytes, { status, headers: out });
}

/** Flask's jsonify: sorted keys, ASCII only, compact, with a trailing newline. */
export function sendJson(value: unknown, status = 200, headers: HeaderList = []): Response {
  return send(`${pythonJson(value)}\n`, status, [['Content-Type', 'application/json'], ...headers]);
}

/** A str returned from a Flask view: text/html whatever the content. */
export function sendHtml(text: string, status = 200, headers: HeaderList = []): Response {
  return send(text, status, [['Content-Type', HTML], ...headers]);
}

export function sendText(text: string, status = 200): Response {
  return send(text, status, [['Content-Type', 'text/plain; charset=utf-8']]);
}

const errorPage = (title: string, message: string) =>
  `<!doctype html>\n<html lang=en>\n<title>${title}</title>\n<h1>${title.replace(/^\d+ /, '')}</h1>\n<p>${message}</p>\n`;

export function notFound(): Response {
  const message =
    'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.';
  return sendHtml(errorPage('404 Not Found', message), 404);
}

export function methodNotAllowed(allow: string): Response {
  const page = errorPage('405 Method Not Allowed', 'The method is not allowed for the requested URL.');
  return sendHtml(page, 405, [['Allow', allow]]);
}

export function payloadTooLarge(): Response {
  const page = errorPage(
    '413 Request Entity Too Large',
    'The data value transmitted exceeds the capacity limit.',
  );
  return sendHtml(page, 413);
}

/** What httpbin answers when its own code raises (a bad number in the path, a missing parameter). */
export function internalError(): Response {
  const message =
    'The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.';
  return sendHtml(errorPage('500 Internal Server Error', message), 500);
}

/** Flask's redirect(): a 302 with a small HTML page pointing at the target. */
export function redirectPage(location: string): Response {
  const safe = escapeHtml(location);
  const page =
    '<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n' +
    `<p>You should be redirected automatically to the target URL: <a href="${safe}">${safe}</a>. If not, click the link.\n`;
  return sendHtml(page, 302, [['Location', location]]);
}

/** An empty-bodied redirect, as httpbin builds for /relative-redirect and /redirect-to. */
export function bareRedirect(location: string, status = 302): Response {
  return sendHtml('', status, [['Location', headerSafe(location)]]);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};

/** Python's html.escape(), which Werkzeug uses for the redirect page. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** Header values are bytes: send UTF-8 as httpbin does for a Location a learner typed. */
export function headerSafe(value: string): string {
  return Buffer.from(value, 'utf8').toString('latin1');
}
