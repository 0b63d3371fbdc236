import { looksLikeCurl, parseCurl } from '@playground/shared';
import { type ClipboardEvent, useState } from 'react';
import { type RequestDraft, withUrl } from '@/lib/request-draft.ts';
import { applyCurlImport, describeCurlImport } from '../utils/apply-curl-import.ts';

export interface CurlAnnouncement {
  tone: 'ok' | 'error';
  text: string;
}

/**
 * Pasting a curl command into the URL box imports it into the draft instead. The paste event is
 * read first because it still has the line breaks a one-line input would strip; a command that
 * arrives another way (dropped, filled by a test) is imported from the input's value.
 */
export function useCurlImport(draft: RequestDraft, onChange: (draft: RequestDraft) => void) {
  const [announcement, setAnnouncement] = useState<CurlAnnouncement | null>(null);

  const importCommand = (command: string) => {
    const result = parseCurl(command);
    if (result.ok) {
      onChange(applyCurlImport(draft, result.request));
      setAnnouncement({ tone: 'ok', text: describeCurlImport(result.request) });
    } else {
      setAnnouncement({ tone: 'error', text: `Not imported: ${result.message}` });
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!looksLikeCurl(text)) return;
    event.preventDefault();
    importCommand(text);
  };

  const onUrlChange = (url: string) => {
    // Typing "curl …" letter by letter must not import half a command: only a whole one arriving
    // at once does.
    if (looksLikeCurl(url) && url.length - draft.url.length > 1) {
      importCommand(url);
      return;
    }
    if (announcement) setAnnouncement(null);
    onChange(withUrl(draft, url));
  };

  return { announcement, onPaste, onUrlChange, dismiss: () => setAnnouncement(null) };
}
