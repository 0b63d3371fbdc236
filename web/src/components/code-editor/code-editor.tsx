import type { OnMount } from '@monaco-editor/react';
import { lazy, Suspense } from 'react';
import { useColorScheme } from './use-color-scheme.ts';
import { usePresenterAttribute } from './use-presenter-attribute.ts';

// Monaco is a few megabytes: it loads on first use, and a plain text area stands in meanwhile, so
// the first screen never waits for it.
const MonacoEditor = lazy(async () => {
  await import('./monaco-setup.ts');
  const { Editor } = await import('@monaco-editor/react');
  return { default: Editor };
});

/**
 * Monaco announces to screen readers through two empty `role="alert"` elements it adds to the page.
 * The page's one alert must stay the request failure (DESIGN.md), so these keep announcing as
 * assertive live regions without claiming the alert role.
 */
function quietMonacoAlerts(): void {
  for (const element of document.querySelectorAll('.monaco-aria-container [role="alert"]')) {
    element.removeAttribute('role');
    element.setAttribute('aria-live', 'assertive');
  }
}

export interface CodeEditorProps {
  value: string;
  onChange?: (value: string) => void;
  /** Monaco language id: json, xml, html, plaintext. */
  language: string;
  /** The accessible name. */
  label: string;
  readOnly?: boolean;
  height?: string | number;
  onMount?: OnMount;
}

/** A code editor (Monaco) with a plain text area while it loads. */
export function CodeEditor({
  value,
  onChange,
  language,
  label,
  readOnly = false,
  height = '100%',
  onMount,
}: CodeEditorProps) {
  const scheme = useColorScheme();
  const presenter = usePresenterAttribute();
  // Presenter mode: the page's type is 1.35 times larger and high contrast, and so is the code.
  const theme = presenter
    ? scheme === 'dark'
      ? 'hc-black'
      : 'hc-light'
    : scheme === 'dark'
      ? 'vs-dark'
      : 'vs';
  const fallback = (
    <textarea
      className="code-editor-fallback"
      aria-label={label}
      value={value}
      readOnly={readOnly}
      spellCheck={false}
      onChange={(event) => onChange?.(event.target.value)}
      style={{ height }}
    />
  );
  return (
    <Suspense fallback={fallback}>
      <div className="code-editor" style={{ height }} data-testid="code-editor">
        <MonacoEditor
          value={value}
          language={language}
          theme={theme}
          onChange={(next) => onChange?.(next ?? '')}
          onMount={(editor, monaco) => {
            quietMonacoAlerts();
            onMount?.(editor, monaco);
          }}
          loading={fallback}
          options={{
            ariaLabel: label,
            readOnly,
            domReadOnly: readOnly,
            minimap: { enabled: false },
            scrollBeyondLastLine: false,
            wordWrap: 'on',
            fontSize: presenter ? 19 : 14,
            tabSize: 2,
            automaticLayout: true,
            folding: true,
            renderLineHighlight: readOnly ? 'none' : 'line',
            fixedOverflowWidgets: true,
          }}
        />
      </div>
    </Suspense>
  );
}
