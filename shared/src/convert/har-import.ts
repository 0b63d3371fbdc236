import { formFields } from '../curl/curl-body.ts';
import type { Collection, SavedRequest } from '../schemas/library.ts';
import type { SavedBody, SavedRow } from '../schemas/saved-workspace.ts';
import { buildDraft, emptyBody, nameFromUrl, newCollection, newId } from './draft.ts';
import { ImportBudget } from './limits.ts';
import type { Notes } from './notes.ts';
import { refuse } from './problems.ts';
import { asText, baseName, describe, field, isRecord, type Json, listField, stringField } from './shape.ts';

/** Headers the HTTP client writes itself, or HTTP/2 pseudo-headers: sending them again would be wrong. */
const CLIENT_HEADERS = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'keep-alive']);

function harBody(postData: unknown, where: string): SavedBody {
  const body = emptyBody();
  if (postData === undefined || postData === null) return body;
  if (!isRecord(postData))
    refuse(`${where}: "postData" should be an object, but it is ${describe(postData)}.`);
  const fullType = stringField(postData, 'mimeType') ?? '';
  const mime = fullType.split(';')[0]!.trim().toLowerCase();
  const text = asText(field(postData, 'text'));
  const params = listField(postData, 'params', where, 'the form fields').filter(isRecord);
  if (mime === 'multipart/form-data' && params.length > 0) {
    body.kind = 'multipart';
    body.parts = params.map((p) => {
      const name = asText(field(p, 'name'));
      const file = stringField(p, 'fileName');
      if (file !== undefined) {
        const wanted = baseName(file);
        return {
          name,
          value: '',
          enabled: true,
          kind: 'file' as const,
          file: null,
          ...(wanted ? { wantedFile: wanted } : {}),
        };
      }
      return { name, value: asText(field(p, 'value')), enabled: true, kind: 'text' as const, file: null };
    });
    return body;
  }
  if (mime === 'application/x-www-form-urlencoded') {
    // Browsers disagree on whether `params` are decoded (Chrome keeps `a+b`); the text is exact.
    const fields =
      (text === '' ? null : formFields(text)) ??
      params.map((p) => ({
        name: asText(field(p, 'name')),
        value: asText(field(p, 'value')),
        enabled: true,
      }));
    if (fields.length > 0 || text === '') {
      body.kind = 'form-urlencoded';
      body.fields = fields;
      return body;
    }
  }
  body.text = text;
  if (/^application\/(?:[\w.-]+\+)?json$/.test(mime)) body.kind = 'json';
  else if (/^(?:application|text)\/(?:[\w.-]+\+)?xml$/.test(mime)) body.kind = 'xml';
  else if (mime === 'text/html') body.kind = 'html';
  else if (text !== '' || mime !== '') {
    body.kind = 'text';
    if (fullType !== '') body.textContentType = fullType;
  }
  return body;
}

function readEntry(entry: unknown, index: number, notes: Notes): SavedRequest {
  const where = `entry ${index + 1}`;
  const request = field(entry, 'request');
  if (!isRecord(request)) refuse(`${where}: it has no "request" object.`);
  const url = stringField(request, 'url') ?? '';
  if (url.trim() === '') refuse(`${where}: the request has no URL.`);
  const method = (stringField(request, 'method') ?? 'GET').trim() || 'GET';
  const body = harBody(field(request, 'postData'), where);
  const headers: SavedRow[] = [];
  for (const header of listField(request, 'headers', where, 'the headers').filter(isRecord)) {
    const name = asText(field(header, 'name'));
    const lower = name.toLowerCase();
    if (name.startsWith(':') || CLIENT_HEADERS.has(lower)) {
      notes.add(
        'Headers the HTTP client writes itself (Host, Content-Length, Connection, HTTP/2 pseudo-headers) were left out; they are added when the request is sent.',
      );
      continue;
    }
    // A multipart body gets a fresh boundary when sent, so the recorded one would no longer match.
    if (lower === 'content-type' && body.kind === 'multipart') continue;
    headers.push({ name, value: asText(field(header, 'value')), enabled: true });
  }
  const draft = buildDraft({ method, url, headers, body });
  if (draft.body.parts.some((p) => p.kind === 'file')) {
    notes.add(
      'Files sent in form fields are named but not included in a HAR file: pick them again before sending.',
    );
  }
  return { type: 'request', id: newId(), name: nameFromUrl(method, url), draft };
}

/**
 * A HAR 1.2 file (as saved by a browser's developer tools) as one collection with a request per
 * entry, in order. Responses are not imported: the collection is for sending the requests again.
 */
export function importHar(root: Json, fileName: string | undefined, notes: Notes): Collection {
  const log = field(root, 'log');
  const entries = listField(log, 'entries', 'the HAR file', 'its "entries"');
  const budget = new ImportBudget();
  const items = entries.map((entry, index) => {
    budget.addRequest();
    return readEntry(entry, index, notes);
  });
  const title = stringField(listField(log, 'pages', 'the HAR file', 'its pages')[0], 'title');
  const fromFile = fileName?.replace(/\.(har|json)$/i, '');
  return newCollection(title || fromFile || 'HAR import', items);
}
