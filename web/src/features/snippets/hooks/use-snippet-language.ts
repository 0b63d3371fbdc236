import { SNIPPET_TARGETS, snippetTarget } from '@playground/shared/snippets';
import { useState } from 'react';

const KEY = 'http-playground:code-language';
const DEFAULT = 'python-requests';

function saved(): string {
  try {
    const id = window.localStorage.getItem(KEY);
    return id && snippetTarget(id) ? id : DEFAULT;
  } catch {
    return DEFAULT; // storage refused (private mode, a policy): start from the default
  }
}

/** The language the user last chose for code, kept in this browser (not a collection's business). */
export function useSnippetLanguage(): [string, (id: string) => void] {
  const [id, setId] = useState(saved);
  const choose = (next: string) => {
    if (!snippetTarget(next)) return;
    setId(next);
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // Not kept for next time; the choice still holds on this page.
    }
  };
  return [id, choose];
}

/** The targets grouped by language, in the order the picker shows them. */
export function targetGroups() {
  const groups = new Map<string, (typeof SNIPPET_TARGETS)[number][]>();
  for (const target of SNIPPET_TARGETS)
    groups.set(target.group, [...(groups.get(target.group) ?? []), target]);
  return [...groups];
}
