/**
 * What a previewed page may load: images, stylesheets and fonts from the web (so it looks as it does
 * in a browser), nothing that runs or phones home (no scripts, frames, forms, fetches).
 */
export const PREVIEW_CSP =
  "default-src 'none'; img-src data: blob: http: https:; style-src 'unsafe-inline' http: https:; font-src http: https: data:; form-action 'none'";

/** Escapes a value for a double-quoted HTML attribute, so a URL holding `">` cannot end it. */
export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

// A doctype (after any leading comments) must stay first, or the page falls into quirks mode.
const PROLOGUE = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype[^>]*>)?/i;

/**
 * The page to put in the preview iframe's `srcdoc`: the response HTML with a Content-Security-Policy
 * and a `<base>` for the response URL placed before anything else, so relative images and stylesheets
 * resolve as in a browser and the policy covers the whole document. A `<base>` or policy later in the
 * page cannot loosen these: the first `<base href>` wins and every policy applies.
 */
export function buildPreviewDocument(html: string, baseUrl: string): string {
  const head =
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(PREVIEW_CSP)}">` +
    `<meta name="referrer" content="no-referrer">` +
    `<base href="${escapeAttribute(baseUrl)}">`;
  const prologue = PROLOGUE.exec(html)?.[0] ?? '';
  return prologue + head + html.slice(prologue.length);
}
