import { useState } from 'react';

export interface BodyActionsProps {
  /** The text Copy puts on the clipboard; null for bodies that are not text. */
  copyText: (() => string) | null;
  /** All the body's bytes, as they arrived. */
  chunks: readonly Uint8Array[];
  type: string;
  fileName: string;
  complete: boolean;
}

/** Hands the bytes to the browser's download, whole, however much the views left out. */
function saveBlob(chunks: readonly Uint8Array[], type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(chunks as Uint8Array<ArrayBuffer>[], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download reads the blob after this task; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copy and Save to file, for the body as a whole. */
export function BodyActions({ copyText, chunks, type, fileName, complete }: BodyActionsProps) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    if (!copyText) return;
    try {
      await navigator.clipboard.writeText(copyText());
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <>
      {copyText ? (
        <button type="button" className="button button-small" onClick={copy} onBlur={() => setCopied(null)}>
          Copy
        </button>
      ) : null}
      <button
        type="button"
        className="button button-small"
        disabled={!complete}
        title={`Save as ${fileName}`}
        onClick={() => saveBlob(chunks, type, fileName)}
      >
        Save to file
      </button>
      <span role="status" className="body-actions-status">
        {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Copy failed: the browser refused' : ''}
      </span>
    </>
  );
}
