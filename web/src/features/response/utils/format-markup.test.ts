import { describe, expect, it } from 'vitest';
import { formatMarkup } from './format-markup.ts';

describe('formatMarkup', () => {
  it('indents nested elements and keeps text-only elements on one line', () => {
    expect(formatMarkup('<root><item id="1">one</item><empty/></root>', 'xml')).toBe(
      '<root>\n  <item id="1">one</item>\n  <empty/>\n</root>',
    );
  });

  it('knows HTML void elements and keeps script content as sent', () => {
    const html =
      '<!doctype html><html><head><meta charset="utf-8"><script>if (a<b) {\n  go();\n}</script></head><body><p>Hi<br>there</p></body></html>';
    expect(formatMarkup(html, 'html')).toBe(
      [
        '<!doctype html>',
        '<html>',
        '  <head>',
        '    <meta charset="utf-8">',
        '    <script>if (a<b) {\n  go();\n}</script>',
        '  </head>',
        '  <body>',
        '    <p>',
        '      Hi',
        '      <br>',
        '      there',
        '    </p>',
        '  </body>',
        '</html>',
      ].join('\n'),
    );
  });

  it('tolerates a > inside a quoted attribute and a stray <', () => {
    expect(formatMarkup('<a title="x>y">1 < 2</a>', 'html')).toBe('<a title="x>y">\n  1\n  <\n  2\n</a>');
  });
});
