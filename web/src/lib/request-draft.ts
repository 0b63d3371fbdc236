import {
  buildQuery,
  findPathVariables,
  type KeyValue,
  parseQuery,
  type RequestSpecInput,
  SavedBodyKind,
  splitUrl,
} from '@playground/shared';

/** One editable row of a key/value table; `id` keeps React keys and focus stable while typing. */
export interface Row {
  id: string;
  name: string;
  value: string;
  enabled: boolean;
}

/** A multipart row: a text field, or a file picked from disk. */
export interface PartRow extends Row {
  kind: 'text' | 'file';
  file: File | null;
  /** The file an imported request named (e.g. curl's `-F photo=@cat.png`), until the user picks one. */
  wantedFile?: string;
}

/**
 * The body kinds offered in the Body tab; xml and html are text bodies with their own type. The
 * list is the stored one, so a saved draft always holds a kind the editor offers.
 */
export const BODY_KINDS = SavedBodyKind.options;
export type DraftBodyKind = (typeof BODY_KINDS)[number];

/** Every body kind keeps its own content, so switching kinds back and forth loses nothing. */
export interface DraftBody {
  kind: DraftBodyKind;
  /** json, text, xml and html share the editor text. */
  text: string;
  /** The Content-Type of a `text` body. */
  textContentType: string;
  fields: Row[];
  parts: PartRow[];
  file: File | null;
  /** The binary file an imported request named, until the user picks one. */
  wantedFile?: string;
}

export type DraftAuth =
  | { type: 'none' }
  | { type: 'basic'; username: string; password: string }
  | { type: 'bearer'; token: string };

/** The request as the user is composing it in one tab. */
export interface RequestDraft {
  method: string;
  /** Exactly what the URL box shows, query string included. */
  url: string;
  params: Row[];
  pathVariables: Row[];
  headers: Row[];
  body: DraftBody;
  auth: DraftAuth;
  followRedirects: boolean;
  timeoutMs: number;
}

let nextId = 0;
export function newRowId(): string {
  nextId += 1;
  return `row-${nextId}`;
}

export function newRow(name = '', value = '', enabled = true): Row {
  return { id: newRowId(), name, value, enabled };
}

export function newPartRow(kind: PartRow['kind'] = 'text', name = '', value = ''): PartRow {
  return { ...newRow(name, value), kind, file: null };
}

export function emptyBody(): DraftBody {
  return {
    kind: 'none',
    text: '',
    textContentType: 'text/plain; charset=utf-8',
    fields: [],
    parts: [],
    file: null,
  };
}

/** A fresh draft; `url` may carry a query, which fills the Params table. */
export function newDraft(method = 'GET', url = ''): RequestDraft {
  return withUrl(
    {
      method,
      url: '',
      params: [],
      pathVariables: [],
      headers: [],
      body: emptyBody(),
      auth: { type: 'none' },
      followRedirects: true,
      timeoutMs: 300_000,
    },
    url,
  );
}

/** Reuses the ids of rows at the same position, so editing the URL keeps table focus. */
function reuseIds(rows: KeyValue[], previous: readonly Row[]): Row[] {
  return rows.map((row, index) => ({ ...row, id: previous[index]?.id ?? newRowId() }));
}

/**
 * The draft after the user edited the URL box: the Params table follows the query (disabled rows
 * are kept at the end), and the path variables follow the `:name` segments, keeping their values.
 */
export function withUrl(draft: RequestDraft, url: string): RequestDraft {
  const { query } = splitUrl(url);
  const enabled = draft.params.filter((p) => p.enabled);
  const disabled = draft.params.filter((p) => !p.enabled);
  const params = [...reuseIds(parseQuery(query ?? ''), enabled), ...disabled];
  const values = new Map(draft.pathVariables.map((v) => [v.name, v]));
  const pathVariables = findPathVariables(url).map((name) => values.get(name) ?? newRow(name, ''));
  return { ...draft, url, params, pathVariables };
}

/** The draft after the user edited the Params table: the URL box follows, encoded as a browser would. */
export function withParams(draft: RequestDraft, params: Row[]): RequestDraft {
  const { base, fragment } = splitUrl(draft.url);
  const query = buildQuery(params);
  const url = `${base}${query === '' ? '' : `?${query}`}${fragment === null ? '' : `#${fragment}`}`;
  return { ...draft, url, params };
}

const TEXT_TYPES: Record<'json' | 'xml' | 'html', string> = {
  json: 'application/json',
  xml: 'application/xml',
  html: 'text/html; charset=utf-8',
};

/** The Content-Type the body kind sends unless the user set one in Headers. */
export function bodyContentType(body: DraftBody): string | null {
  switch (body.kind) {
    case 'none':
      return null;
    case 'json':
    case 'xml':
    case 'html':
      return TEXT_TYPES[body.kind];
    case 'text':
      return body.textContentType;
    case 'form-urlencoded':
      return 'application/x-www-form-urlencoded';
    case 'multipart':
      return 'multipart/form-data; boundary=…';
    case 'binary':
      return body.file?.type || 'application/octet-stream';
  }
}

/** The enabled header the user typed under this name (any case), the last one if several. */
export function userHeader(draft: Pick<RequestDraft, 'headers'>, name: string): Row | undefined {
  const wanted = name.toLowerCase();
  return draft.headers.findLast((h) => h.enabled && h.name.trim().toLowerCase() === wanted);
}

/**
 * The Content-Type the request will carry and where it comes from: a header the user set wins
 * over the one the body kind implies (as the proxy does).
 */
export function sentContentType(
  draft: Pick<RequestDraft, 'headers' | 'body'>,
): { value: string; from: 'headers' | 'body' } | null {
  const header = userHeader(draft, 'content-type');
  if (header) return { value: header.value, from: 'headers' };
  const implied = bodyContentType(draft.body);
  return implied === null ? null : { value: implied, from: 'body' };
}

const strip = (rows: readonly Row[]): KeyValue[] =>
  rows
    .filter((r) => r.name !== '' || r.value !== '')
    .map(({ name, value, enabled }) => ({ name, value, enabled }));

function withoutFragment(url: string): string {
  const { base, query } = splitUrl(url);
  return query === null ? base : `${base}?${query}`;
}

/** Uploads a file to the proxy and returns what the request description needs to reference it. */
export type UploadFile = (file: File) => Promise<{ blobId: string; size: number }>;

async function fileRef(file: File, upload: UploadFile) {
  const { blobId, size } = await upload(file);
  return { blobId, fileName: file.name, contentType: file.type || 'application/octet-stream', size };
}

/** What the proxy is asked to send; files are uploaded first. */
export async function draftToSpec(draft: RequestDraft, upload: UploadFile): Promise<RequestSpecInput> {
  const body = draft.body;
  let specBody: RequestSpecInput['body'];
  switch (body.kind) {
    case 'none':
      specBody = { kind: 'none' };
      break;
    case 'json':
      specBody = { kind: 'json', text: body.text };
      break;
    case 'text':
    case 'xml':
    case 'html':
      specBody = { kind: 'text', text: body.text, contentType: bodyContentType(body) ?? 'text/plain' };
      break;
    case 'form-urlencoded':
      specBody = { kind: 'form-urlencoded', fields: strip(body.fields) };
      break;
    case 'multipart': {
      const parts = [];
      for (const part of body.parts) {
        if (part.kind === 'file') {
          if (!part.file || !part.enabled) continue;
          parts.push({
            kind: 'file' as const,
            name: part.name,
            enabled: true,
            file: await fileRef(part.file, upload),
          });
        } else if (part.name !== '' || part.value !== '') {
          parts.push({ kind: 'text' as const, name: part.name, value: part.value, enabled: part.enabled });
        }
      }
      specBody = { kind: 'multipart', parts };
      break;
    }
    case 'binary':
      specBody = body.file ? { kind: 'binary', file: await fileRef(body.file, upload) } : { kind: 'none' };
      break;
  }
  return {
    method: draft.method.trim(),
    // The URL box holds the query exactly as it will go out (the Params table rewrites it on every
    // edit), so it is sent as written: `?x=` stays `?x=`, which rows alone could not tell from `?x`.
    url: withoutFragment(draft.url.trim()),
    params: [],
    // An empty variable stays `:name` in the address rather than leaving an empty path segment.
    pathVariables: strip(draft.pathVariables).filter((v) => v.value !== ''),
    headers: strip(draft.headers),
    body: specBody,
    auth: draft.auth,
    options: {
      followRedirects: draft.followRedirects,
      timeouts: { totalMs: draft.timeoutMs },
    },
  };
}
