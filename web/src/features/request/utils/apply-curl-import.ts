import type { CurlBody, CurlRequest } from '@playground/shared';
import {
  type DraftBody,
  emptyBody,
  newPartRow,
  newRow,
  type RequestDraft,
  withUrl,
} from '@/lib/request-draft.ts';

const baseName = (path: string) => path.split(/[\\/]/).pop() || path;

function draftBody(body: CurlBody): DraftBody {
  const draft = emptyBody();
  switch (body.kind) {
    case 'none':
      return draft;
    case 'json':
      return { ...draft, kind: 'json', text: body.text };
    case 'text':
      return { ...draft, kind: 'text', text: body.text, textContentType: body.contentType };
    case 'form-urlencoded':
      return { ...draft, kind: 'form-urlencoded', fields: body.fields.map((f) => newRow(f.name, f.value)) };
    case 'multipart':
      return {
        ...draft,
        kind: 'multipart',
        parts: body.parts.map((part) =>
          part.kind === 'text'
            ? newPartRow('text', part.name, part.value)
            : { ...newPartRow('file', part.name), wantedFile: baseName(part.fileName) },
        ),
      };
    case 'binary':
      return { ...draft, kind: 'binary', wantedFile: baseName(body.fileName) };
  }
}

/** The tab's draft after a curl command was pasted into it: the command replaces the request. */
export function applyCurlImport(draft: RequestDraft, request: CurlRequest): RequestDraft {
  const replaced: RequestDraft = {
    ...draft,
    method: request.method,
    url: '',
    params: [],
    pathVariables: [],
    headers: request.headers.map((h) => newRow(h.name, h.value)),
    body: draftBody(request.body),
    auth: request.auth,
    followRedirects: request.followRedirects,
    timeoutMs: request.timeoutMs ?? draft.timeoutMs,
  };
  return withUrl(replaced, request.url);
}

function bodyWords(body: CurlBody): string | null {
  switch (body.kind) {
    case 'none':
      return null;
    case 'json':
      return 'JSON body';
    case 'text':
      return `text body (${body.contentType})`;
    case 'form-urlencoded':
      return `form body (${body.fields.length} ${body.fields.length === 1 ? 'field' : 'fields'})`;
    case 'multipart':
      return `multipart body (${body.parts.length} ${body.parts.length === 1 ? 'part' : 'parts'})`;
    case 'binary':
      return 'file body';
  }
}

/** Files the imported request needs and the browser cannot open by itself. */
function filesToPick(body: CurlBody): string[] {
  if (body.kind === 'binary') return [`Choose the file ${baseName(body.fileName)} in Body.`];
  if (body.kind !== 'multipart') return [];
  return body.parts.flatMap((part) =>
    part.kind === 'file' ? [`Choose the file ${baseName(part.fileName)} for "${part.name}" in Body.`] : [],
  );
}

/**
 * One short announcement of what a pasted curl command brought in, then what the user still has
 * to do (pick files) and what was left out.
 *
 * @example 'Imported from curl: POST, 2 headers, form body (2 fields), Basic auth.'
 */
export function describeCurlImport(request: CurlRequest): string {
  const headers = request.headers.length;
  const pieces = [
    request.method,
    headers > 0 ? `${headers} ${headers === 1 ? 'header' : 'headers'}` : null,
    bodyWords(request.body),
    request.auth.type === 'basic' ? 'Basic auth' : request.auth.type === 'bearer' ? 'Bearer token' : null,
    request.followRedirects ? 'follows redirects' : 'redirects not followed (no -L)',
  ].filter((piece) => piece !== null);
  return [`Imported from curl: ${pieces.join(', ')}.`, ...filesToPick(request.body), ...request.notes].join(
    ' ',
  );
}
