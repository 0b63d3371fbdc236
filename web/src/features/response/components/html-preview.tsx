import { useMemo } from 'react';
import { buildPreviewDocument } from '../utils/preview-document.ts';

export interface HtmlPreviewProps {
  html: string;
  /** The response URL: relative links and images resolve against it, as in a browser. */
  url: string;
}

/**
 * The page rendered as a browser would, but harmless: an empty `sandbox` gives it an opaque origin and
 * no scripts, forms, popups or navigation of the app, and the injected policy allows only images,
 * styles and fonts.
 */
export function HtmlPreview({ html, url }: HtmlPreviewProps) {
  const document = useMemo(() => buildPreviewDocument(html, url), [html, url]);
  return (
    <iframe
      className="html-preview"
      title="Preview of the HTML page"
      sandbox=""
      referrerPolicy="no-referrer"
      srcDoc={document}
    />
  );
}
