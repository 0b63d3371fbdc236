import type { TryIt } from '@playground/shared/diagnostics';
import { newDraft, newRow, type RequestDraft, type Row } from '@/lib/request-draft.ts';

/** The request a check suggests, and whether it belongs in a tab of its own. */
export interface TriedRequest {
  draft: RequestDraft;
  /** true for a different kind of request (a preflight), which must not overwrite the one composed. */
  newTab: boolean;
}

/** The rows with each header set: an existing row of that name (any case) is updated and enabled. */
function setHeaders(rows: readonly Row[], headers: readonly [string, string][]): Row[] {
  const out = [...rows];
  for (const [name, value] of headers) {
    const at = out.findIndex((row) => row.name.trim().toLowerCase() === name.toLowerCase());
    if (at >= 0) out[at] = { ...out[at]!, value, enabled: true };
    else out.push(newRow(name, value));
  }
  return out;
}

/**
 * What trying a check's suggestion means for the request being composed. Extra headers (an
 * If-None-Match, an Origin) go into this request's Headers table, where the learner sees them.
 * A preflight is another request altogether (OPTIONS, no body, no credentials, no redirects
 * followed, as browsers send it), so it gets a new tab and the composed request stays as it was.
 */
export function applyTryIt(draft: RequestDraft, tryIt: TryIt): TriedRequest {
  if (!tryIt.method || tryIt.method.toUpperCase() === draft.method.toUpperCase())
    return { draft: { ...draft, headers: setHeaders(draft.headers, tryIt.headers) }, newTab: false };
  const fresh = newDraft(tryIt.method, draft.url);
  return {
    draft: {
      ...fresh,
      pathVariables: draft.pathVariables,
      headers: setHeaders([], tryIt.headers),
      followRedirects: false,
      timeoutMs: draft.timeoutMs,
    },
    newTab: true,
  };
}
