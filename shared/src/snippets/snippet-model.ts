import type { Request as PreparedRequest } from '@readme/httpsnippet';

/** A multipart field: text, or a file read from disk by its name. */
export type ModelPart =
  | { name: string; value: string }
  | { name: string; fileName: string; contentType: string };

/** What our own generators write the body as. */
export type ModelBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'form'; fields: [string, string][] }
  | { kind: 'multipart'; parts: ModelPart[] }
  | { kind: 'file'; fileName: string };

/** A request as our generators read it: every header as it goes out, the body by what it is. */
export interface SnippetModel {
  method: string;
  url: string;
  headers: [string, string][];
  body: ModelBody;
  followRedirects: boolean;
}

/** What a generator is told that a HAR request cannot say. */
export interface SnippetExtras {
  /** The playground follows redirects unless the request's settings say not to. */
  followRedirects?: boolean;
  /** The body is this file, read whole. */
  bodyFile?: { name: string; contentType: string } | null;
}

function body(request: PreparedRequest, extras: SnippetExtras): ModelBody {
  if (extras.bodyFile) return { kind: 'file', fileName: extras.bodyFile.name };
  const post = request.postData;
  switch (post?.mimeType) {
    case undefined:
      return { kind: 'none' };
    case 'multipart/form-data':
      return {
        kind: 'multipart',
        parts: (post.params ?? []).map((p) =>
          p.fileName
            ? { name: p.name, fileName: p.fileName, contentType: p.contentType || 'application/octet-stream' }
            : { name: p.name, value: p.value ?? '' },
        ),
      };
    case 'application/x-www-form-urlencoded':
      return { kind: 'form', fields: (post.params ?? []).map((p) => [p.name, p.value ?? '']) };
    case 'application/json':
      // httpsnippet parsed it already; text that is not JSON came back as text/plain.
      if (post.jsonObj !== undefined) return { kind: 'json', value: post.jsonObj };
      break;
  }
  return post.text ? { kind: 'text', text: post.text } : { kind: 'none' };
}

/**
 * The request httpsnippet prepared (URL, headers with cookies folded in, body parsed by its type),
 * read into the shape our generators write from.
 */
export function readPrepared(request: PreparedRequest, extras: SnippetExtras = {}): SnippetModel {
  const model = body(request, extras);
  const headers = Object.entries(request.allHeaders)
    .map(([name, value]): [string, string] => [name, Array.isArray(value) ? value.join(', ') : String(value)])
    // A multipart body's boundary is the client library's to choose, so the type is left to it.
    .filter(([name]) => !(model.kind === 'multipart' && name.toLowerCase() === 'content-type'));
  return {
    method: request.method.toUpperCase(),
    url: request.fullUrl,
    headers,
    body: model,
    followRedirects: extras.followRedirects ?? true,
  };
}
