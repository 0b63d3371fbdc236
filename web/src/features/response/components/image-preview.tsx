import { useState } from 'react';
import { formatBytes } from '@/lib/format-bytes.ts';
import { useObjectUrl } from '../hooks/use-object-url.ts';

export interface ImagePreviewProps {
  /** The whole body, or null while it is still arriving. */
  chunks: readonly Uint8Array[] | null;
  type: string;
  bytes: number;
}

interface Size {
  width: number;
  height: number;
}

/**
 * An image (SVG too) from a `blob:` URL in an `<img>`, where an SVG's scripts never run, with its
 * natural size and type.
 */
export function ImagePreview({ chunks, type, bytes }: ImagePreviewProps) {
  const url = useObjectUrl(chunks, type);
  const [size, setSize] = useState<Size | null>(null);
  const [broken, setBroken] = useState(false);

  if (!chunks) return <p className="body-note">The image appears when it has arrived.</p>;
  return (
    <figure className="image-preview">
      <figcaption className="image-preview-caption">
        {broken
          ? `This ${type} could not be shown as an image (${formatBytes(bytes)}).`
          : size
            ? `${size.width} × ${size.height} px, ${type}, ${formatBytes(bytes)}`
            : `${type}, ${formatBytes(bytes)}`}
      </figcaption>
      {url ? (
        <div className="image-preview-frame">
          <img
            src={url}
            alt="The response body, as received"
            onLoad={(event) =>
              setSize({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight })
            }
            onError={() => setBroken(true)}
          />
        </div>
      ) : null}
    </figure>
  );
}
