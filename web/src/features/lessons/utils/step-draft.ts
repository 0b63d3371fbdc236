import { type LessonBody, type LessonPlace, type LessonRequest, lessonUrl } from '@playground/shared/lessons';
import {
  type DraftBody,
  emptyBody,
  newDraft,
  newPartRow,
  newRow,
  type RequestDraft,
} from '@/lib/request-draft.ts';

function draftBody(body: LessonBody | undefined): DraftBody {
  const draft = emptyBody();
  switch (body?.kind) {
    case undefined:
      return draft;
    case 'json':
      return { ...draft, kind: 'json', text: body.text };
    case 'text':
      return { ...draft, kind: 'text', text: body.text, textContentType: body.contentType };
    case 'form-urlencoded':
      return {
        ...draft,
        kind: 'form-urlencoded',
        fields: body.fields.map(([name, value]) => newRow(name, value)),
      };
    case 'multipart':
      return {
        ...draft,
        kind: 'multipart',
        parts: body.parts.map((part) =>
          'file' in part
            ? {
                ...newPartRow('file', part.name),
                // Made from the lesson's text, so the step needs nothing from the learner's disk.
                file: new File([part.file.content], part.file.name, { type: part.file.type }),
              }
            : newPartRow('text', part.name, part.value),
        ),
      };
  }
}

/**
 * A lesson step's request as a draft for a new tab, ready to send: the address on the page's own
 * practice server (or an HTTPS endpoint), path variables filled in, headers, body and auth set.
 * Null when its HTTPS endpoint is not running.
 *
 * @example
 * const draft = stepDraft(step.request, { origin: location.origin, tlsPort: 8443 });
 * if (draft) workspace.open(draft);
 */
export function stepDraft(request: LessonRequest, place: LessonPlace): RequestDraft | null {
  const url = lessonUrl(request, place);
  if (url === null) return null;
  const draft = newDraft(request.method, url);
  const values = request.pathVariables ?? {};
  return {
    ...draft,
    pathVariables: draft.pathVariables.map((row) => ({ ...row, value: values[row.name] ?? row.value })),
    headers: (request.headers ?? []).map(([name, value]) => newRow(name, value)),
    body: draftBody(request.body),
    auth: request.auth ?? { type: 'none' },
    followRedirects: request.followRedirects ?? true,
  };
}
