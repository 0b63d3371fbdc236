import { useEffect, useState } from 'react';

/**
 * A `blob:` URL for bytes, revoked when they change or the view goes away, so previews of large
 * images do not pile up in memory. null until the bytes are ready.
 */
export function useObjectUrl(parts: readonly Uint8Array[] | null, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  // Creating and revoking the URL is a side effect on the document, tied to this view's lifetime.
  useEffect(() => {
    if (!parts) return undefined;
    const created = URL.createObjectURL(new Blob(parts as Uint8Array<ArrayBuffer>[], { type }));
    setUrl(created);
    return () => {
      URL.revokeObjectURL(created);
      setUrl(null);
    };
  }, [parts, type]);
  return url;
}
