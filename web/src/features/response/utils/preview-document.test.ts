import { describe, expect, it } from 'vitest';
import { buildPreviewDocument, escapeAttribute, PREVIEW_CSP } from './preview-document.ts';

describe('buildPreviewDocument', () => {
  it('puts the policy and base first, after the doctype', () => {
    const doc = buildPreviewDocument('<!DOCTYPE html><html><head><title>t</title>', 'http://x.test/a/b.html');
    expect(doc.startsWith('<!DOCTYPE html><meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(doc).toContain('<base href="http://x.test/a/b.html">');
    expect(doc.endsWith('<html><head><title>t</title>')).toBe(true);
  });

  it('works on a fragment with no doctype', () => {
    const doc = buildPreviewDocument('<p>hi <img src="cat.png">', 'http://x.test/');
    expect(doc.startsWith('<meta http-equiv')).toBe(true);
    expect(doc.endsWith('<p>hi <img src="cat.png">')).toBe(true);
  });

  it('escapes the base URL so it cannot break out of the attribute', () => {
    const doc = buildPreviewDocument('<p>x', 'http://x.test/"><script>alert(1)</script>');
    expect(doc).not.toContain('<script>');
    expect(doc).toContain('<base href="http://x.test/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">');
  });

  it('allows no scripts', () => {
    expect(PREVIEW_CSP).toContain("default-src 'none'");
    expect(PREVIEW_CSP).not.toContain('script-src');
    expect(escapeAttribute(`a&b"'<>`)).toBe('a&amp;b&quot;&#39;&lt;&gt;');
  });
});
