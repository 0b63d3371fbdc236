import type { ExchangeSnapshot } from '@playground/shared';
import { isBodyComplete } from '../hooks/use-body-text.ts';
import type { BodyKind } from '../utils/body-kind.ts';
import type { BodyText } from '../utils/body-text.ts';
import { HtmlPreview } from './html-preview.tsx';
import { ImagePreview } from './image-preview.tsx';

export interface BodyPreviewProps {
  kind: BodyKind;
  body: BodyText;
  exchange: ExchangeSnapshot;
  url: string;
  type: string;
}

/** The body as a browser would show it: a page, an image, or a word on why there is nothing to show. */
export function BodyPreview({ kind, body, exchange, url, type }: BodyPreviewProps) {
  const complete = isBodyComplete(exchange);
  if (kind === 'html') {
    // Reloading the frame on every chunk would flicker and refetch its images: wait for the whole page.
    return complete ? (
      <HtmlPreview html={body.rows.text} url={url} />
    ) : (
      <p className="body-note">The preview appears when the page has arrived.</p>
    );
  }
  if (kind === 'image' || kind === 'svg') {
    return (
      <ImagePreview
        chunks={complete ? exchange.chunks : null}
        type={kind === 'svg' ? 'image/svg+xml' : type}
        bytes={exchange.bodyBytes}
      />
    );
  }
  return <p className="body-note">Nothing to preview for {type}: Pretty and Raw show it as text.</p>;
}
