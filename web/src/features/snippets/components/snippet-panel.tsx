import type { CookieJarContents, SavedDraft } from '@playground/shared';
import { generateSnippet, type Snippet, snippetTarget, toSnippetRequest } from '@playground/shared/snippets';
import { useId, useMemo } from 'react';
import { useCopy } from '../hooks/use-copy.ts';
import { targetGroups, useSnippetLanguage } from '../hooks/use-snippet-language.ts';
import './snippet-panel.css';

interface SnippetPanelProps {
  /** The request as it will be sent: variables filled in, the collection's session applied. */
  draft: SavedDraft;
  /** The cookie jar the request goes out with, if any. */
  cookies: CookieJarContents | undefined;
  onClose: () => void;
}

type Written = { snippet: Snippet; problem?: undefined } | { problem: string; snippet?: undefined };

function write(draft: SavedDraft, cookies: CookieJarContents | undefined, language: string): Written {
  const prepared = toSnippetRequest(draft, { cookies });
  if (!prepared.ok) return { problem: prepared.problem };
  try {
    return { snippet: generateSnippet(prepared.request, language) };
  } catch (error) {
    return { problem: `This request could not be written as code: ${(error as Error).message}` };
  }
}

/**
 * The current request as code in the language the user picks, following every edit, with a Copy
 * button. Files are read by name; credentials appear as typed (a note says so).
 */
export function SnippetPanel({ draft, cookies, onClose }: SnippetPanelProps) {
  const ids = useId();
  const [language, setLanguage] = useSnippetLanguage();
  const result = useMemo(() => write(draft, cookies, language), [draft, cookies, language]);
  const snippet = result.snippet ?? null;
  const { outcome, copy } = useCopy(snippet?.code ?? '');
  const target = snippetTarget(language);

  return (
    <section
      id="snippet-panel"
      className="snippet-panel"
      aria-labelledby={`${ids}-heading`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="snippet-panel-top">
        <h2 id={`${ids}-heading`}>Code</h2>
        <button type="button" className="snippet-close" aria-label="Close the code panel" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="snippet-note">The request as it will be sent, written with the library you choose.</p>
      <div className="snippet-controls">
        <label htmlFor={`${ids}-language`}>Language</label>
        <select
          id={`${ids}-language`}
          value={language}
          onChange={(event) => setLanguage(event.target.value)}
          // biome-ignore lint/a11y/noAutofocus: the user just opened the panel for this choice
          autoFocus
        >
          {targetGroups().map(([group, targets]) => (
            <optgroup key={group} label={group}>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {`${group} · ${t.label}`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <button type="button" className="button button-small" disabled={!snippet} onClick={copy}>
          Copy code
        </button>
      </div>
      <p
        // Kept in the page while empty, so screen readers hear the first announcement too.
        className={outcome ? 'snippet-copied' : 'snippet-copied visually-hidden'}
        data-tone={outcome?.tone}
        role="status"
      >
        {outcome?.message}
      </p>
      {result.problem !== undefined ? (
        <p className="snippet-problem">{result.problem}</p>
      ) : (
        <>
          {snippet && snippet.notes.length > 0 && (
            <ul className="snippet-notes">
              {snippet.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <textarea
            className="snippet-code"
            // Not named after the language: "curl" would answer for the page's "URL" (names match by substring).
            aria-label="Generated code"
            readOnly
            spellCheck={false}
            wrap="off"
            value={snippet?.code ?? ''}
            rows={Math.min(30, (snippet?.code.split('\n').length ?? 1) + 1)}
          />
          {target?.ours && (
            <p className="snippet-note">
              Written by the playground’s own generator, not by the snippet library.
            </p>
          )}
        </>
      )}
    </section>
  );
}
