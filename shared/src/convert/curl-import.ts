import type { CurlBody, CurlRequest } from '../curl/parse-curl.ts';
import type { SavedRequest } from '../schemas/library.ts';
import type { SavedBody } from '../schemas/saved-workspace.ts';
import { buildDraft, emptyBody, nameFromUrl, newId } from './draft.ts';
import { baseName } from './shape.ts';

function curlBody(body: CurlBody): SavedBody {
  const out = emptyBody();
  switch (body.kind) {
    case 'none':
      return out;
    case 'json':
      return { ...out, kind: 'json', text: body.text };
    case 'text':
      return { ...out, kind: 'text', text: body.text, textContentType: body.contentType };
    case 'form-urlencoded':
      return {
        ...out,
        kind: 'form-urlencoded',
        fields: body.fields.map(({ name, value, enabled }) => ({ name, value, enabled })),
      };
    case 'multipart':
      return {
        ...out,
        kind: 'multipart',
        parts: body.parts.map((part) =>
          part.kind === 'text'
            ? { name: part.name, value: part.value, enabled: true, kind: 'text' as const, file: null }
            : {
                name: part.name,
                value: '',
                enabled: true,
                kind: 'file' as const,
                file: null,
                wantedFile: baseName(part.fileName),
              },
        ),
      };
    case 'binary':
      return { ...out, kind: 'binary', wantedFile: baseName(body.fileName) };
  }
}

/** A parsed curl command as a saved request (the same pieces the URL box's curl paste fills in). */
export function requestFromCurl(request: CurlRequest): SavedRequest {
  const draft = buildDraft({
    method: request.method,
    url: request.url,
    headers: request.headers.map(({ name, value, enabled }) => ({ name, value, enabled })),
    body: curlBody(request.body),
    auth: request.auth,
    followRedirects: request.followRedirects,
    ...(request.timeoutMs === null ? {} : { timeoutMs: request.timeoutMs }),
  });
  return { type: 'request', id: newId(), name: nameFromUrl(request.method, request.url), draft };
}
