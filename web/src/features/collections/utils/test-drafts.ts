import type { SavedDraft } from '@playground/shared';

/** A stored draft for tests, as a tab would save it. */
export function savedDraft(method: string, url: string, patch: Partial<SavedDraft> = {}): SavedDraft {
  return {
    method,
    url,
    params: [],
    pathVariables: [],
    headers: [],
    body: {
      kind: 'none',
      text: '',
      textContentType: 'text/plain; charset=utf-8',
      fields: [],
      parts: [],
      file: null,
    },
    auth: { type: 'none' },
    followRedirects: true,
    timeoutMs: 300_000,
    ...patch,
  };
}
