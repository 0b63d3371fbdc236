const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is kept verbatim: re-indenting it would change what it means. */
const VERBATIM_ELEMENTS = new Set(['script', 'style', 'pre', 'textarea']);

// Comments, CDATA, doctype and processing instructions, tags (quoted attributes may hold `>`), text.
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>?|<\?[\s\S]*?(?:\?>|$)|<\/?[A-Za-z][^\s/>]*(?:[^<>"']|"[^"]*"|'[^']*')*>|[^<]+|</y;

/** Splits markup into tokens; in HTML a verbatim element's content is one text token, tags and all. */
function tokenize(text: string, mode: 'html' | 'xml'): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const token = TOKEN.exec(text)?.[0];
    if (token === undefined) break;
    tokens.push(token);
    const name = tagName(token);
    if (mode === 'html' && VERBATIM_ELEMENTS.has(name) && /^<[^/]/.test(token) && !token.endsWith('/>')) {
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = TOKEN.lastIndex;
      const match = close.exec(text);
      const end = match ? match.index : text.length;
      if (end > TOKEN.lastIndex) tokens.push(text.slice(TOKEN.lastIndex, end));
      TOKEN.lastIndex = end;
    }
  }
  return tokens;
}

function tagName(token: string): string {
  return /^<\/?([^\s/>]+)/.exec(token)?.[1]?.toLowerCase() ?? '';
}

/** Index of the token closing `name` after `open`, or the end of the tokens when it never closes. */
function closingIndex(tokens: string[], open: number, name: string): number {
  for (let j = open + 1; j < tokens.length; j += 1) {
    if (tokens[j]!.startsWith('</') && tagName(tokens[j]!) === name) return j;
  }
  return tokens.length;
}

/**
 * Indents XML or HTML one element per line, tolerating what browsers tolerate (void elements, unclosed
 * tags). An element holding only text stays on one line; script, style, pre and textarea content is
 * kept as sent. A library like xml-formatter rejects HTML that is not well-formed XML, so one tolerant
 * indenter serves both.
 */
export function formatMarkup(text: string, mode: 'html' | 'xml', indent = '  '): string {
  const tokens = tokenize(text, mode);
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const pad = indent.repeat(depth);
    if (!token.startsWith('<') || token === '<') {
      const trimmed = token.trim();
      if (trimmed) lines.push(pad + trimmed.replace(/\s*\n\s*/g, ' '));
      continue;
    }
    if (token.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push(indent.repeat(depth) + token);
      continue;
    }
    if (/^<[!?]/.test(token) || token.endsWith('/>')) {
      lines.push(pad + token);
      continue;
    }
    const name = tagName(token);
    if (mode === 'html' && VOID_ELEMENTS.has(name)) {
      lines.push(pad + token);
      continue;
    }
    const verbatim = mode === 'html' && VERBATIM_ELEMENTS.has(name);
    const textOnly = tokens[i + 2]?.startsWith('</') === true && !tokens[i + 1]!.startsWith('<');
    if (verbatim || textOnly) {
      // Keep text-only elements, and verbatim ones, whole: `<title>Home</title>` on one line.
      const end = verbatim ? closingIndex(tokens, i, name) : i + 2;
      const inner = tokens.slice(i + 1, end).join('');
      lines.push(pad + token + (verbatim ? inner : inner.trim()) + (tokens[end] ?? ''));
      i = end;
      continue;
    }
    lines.push(pad + token);
    depth += 1;
  }
  return lines.join('\n');
}
