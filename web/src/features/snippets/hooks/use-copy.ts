import { useState } from 'react';

export interface CopyOutcome {
  tone: 'done' | 'problem';
  message: string;
}

/** Copies text to the clipboard and says how it went; what it says holds until the text changes. */
export function useCopy(text: string) {
  const [outcome, setOutcome] = useState<(CopyOutcome & { of: string }) | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome({ of: text, tone: 'done', message: 'Copied to the clipboard.' });
    } catch {
      setOutcome({
        of: text,
        tone: 'problem',
        message: 'The browser did not allow copying: select the code and press Ctrl+C (⌘C on a Mac).',
      });
    }
  };
  return { outcome: outcome?.of === text ? outcome : null, copy };
}
