import type { SavedBody, SavedDraft, SavedFile, SavedPart, SavedRow } from '../schemas/saved-workspace.ts';
import { DEFAULT_TEXT_TYPE, emptyBody } from './draft.ts';
import type { Notes } from './notes.ts';
import { counted, refuse } from './problems.ts';
import { asText, baseName, describe, field, isRecord, type Json, listField, stringField } from './shape.ts';

type TextKind = 'json' | 'text' | 'xml' | 'html';
const LANGUAGE_KIND: Record<string, TextKind> = {
  json: 'json',
  xml: 'xml',
  html: 'html',
  text: 'text',
  javascript: 'text',
};
/**
 * Postman has no place for a text body's own Content-Type (`text/csv`): it travels under this key
 * in the raw options, which Postman ignores and our importer reads back.
 */
const CONTENT_TYPE_KEY = 'httpPlaygroundContentType';

function kindFromHeader(headers: readonly SavedRow[]): TextKind {
  const type =
    headers.findLast((h) => h.enabled && h.name.trim().toLowerCase() === 'content-type')?.value ?? '';
  if (/^application\/(?:[\w.-]+\+)?json/i.test(type)) return 'json';
  if (/^(?:application|text)\/(?:[\w.-]+\+)?xml/i.test(type)) return 'xml';
  if (/^text\/html/i.test(type)) return 'html';
  return 'text';
}

function fileName(src: unknown, notes: Notes): string | undefined {
  const first = Array.isArray(src) ? src[0] : src;
  if (Array.isArray(src) && src.length > 1) {
    notes.tally(
      'files:many',
      (n) => `${counted(n, 'form field')} named several files; only the first is asked for.`,
    );
  }
  const name = typeof first === 'string' ? baseName(first) : '';
  return name === '' ? undefined : name;
}

function partFromPostman(entry: unknown, where: string, notes: Notes): SavedPart {
  if (!isRecord(entry))
    refuse(`${where}: a form field should be an object with a key, but it is ${describe(entry)}.`);
  const enabled = field(entry, 'disabled') !== true;
  const name = asText(field(entry, 'key'));
  if (field(entry, 'contentType') !== undefined && field(entry, 'contentType') !== '') {
    notes.tally(
      'part:type',
      (n) => `${counted(n, 'form field')} had its own Content-Type, which was not imported.`,
    );
  }
  if (field(entry, 'type') === 'file') {
    const wanted = fileName(field(entry, 'src'), notes);
    return { name, value: '', enabled, kind: 'file', file: null, ...(wanted ? { wantedFile: wanted } : {}) };
  }
  return { name, value: asText(field(entry, 'value')), enabled, kind: 'text', file: null };
}

function graphqlText(body: Json): string {
  const graphql = field(body, 'graphql');
  const variables = field(graphql, 'variables');
  let parsed: unknown = {};
  if (typeof variables === 'string' && variables.trim() !== '') {
    try {
      parsed = JSON.parse(variables);
    } catch {
      parsed = variables;
    }
  }
  return JSON.stringify({ query: asText(field(graphql, 'query')), variables: parsed }, null, 2);
}

/**
 * A Postman `body` as our body. Every mode's content is kept (Postman keeps them too), so switching
 * the kind later loses nothing; `mode` only picks the kind.
 */
export function bodyFromPostman(
  body: unknown,
  headers: readonly SavedRow[],
  where: string,
  notes: Notes,
): SavedBody {
  const out = emptyBody();
  if (body === undefined || body === null) return out;
  if (!isRecord(body))
    refuse(`${where}: the body should be an object with a mode, but it is ${describe(body)}.`);
  const rawOptions = field(field(body, 'options'), 'raw');
  if (field(body, 'raw') !== undefined) out.text = asText(field(body, 'raw'));
  out.textContentType = stringField(rawOptions, CONTENT_TYPE_KEY) ?? DEFAULT_TEXT_TYPE;
  out.fields = listField(body, 'urlencoded', where, 'the form fields').map((entry) => {
    if (!isRecord(entry))
      refuse(`${where}: a form field should be an object with a key, but it is ${describe(entry)}.`);
    return {
      name: asText(field(entry, 'key')),
      value: asText(field(entry, 'value')),
      enabled: field(entry, 'disabled') !== true,
    };
  });
  out.parts = listField(body, 'formdata', where, 'the form fields').map((entry) =>
    partFromPostman(entry, where, notes),
  );
  const wanted = fileName(field(field(body, 'file'), 'src'), notes);
  if (wanted) out.wantedFile = wanted;
  const mode = asText(field(body, 'mode'));
  switch (mode) {
    case 'raw': {
      const language = stringField(rawOptions, 'language');
      out.kind = language === undefined ? kindFromHeader(headers) : (LANGUAGE_KIND[language] ?? 'text');
      if (language === 'javascript' && !stringField(rawOptions, CONTENT_TYPE_KEY))
        out.textContentType = 'application/javascript';
      break;
    }
    case 'urlencoded':
      out.kind = 'form-urlencoded';
      break;
    case 'formdata':
      out.kind = 'multipart';
      break;
    case 'file':
      out.kind = 'binary';
      break;
    case 'graphql':
      out.kind = 'json';
      out.text = graphqlText(body);
      notes.tally(
        'graphql',
        (n) => `${counted(n, 'GraphQL body', 'GraphQL bodies')} became JSON ({"query", "variables"}).`,
      );
      break;
    default:
      out.kind = 'none';
  }
  // Postman's documented switch for "keep the content, send no body".
  if (field(body, 'disabled') === true) out.kind = 'none';
  return out;
}

function savedFileName(file: SavedFile, wanted: string | undefined): string {
  if (file && 'name' in file) return file.name;
  return wanted ?? '';
}

const MODE: Record<SavedBody['kind'], string | null> = {
  none: null,
  json: 'raw',
  text: 'raw',
  xml: 'raw',
  html: 'raw',
  'form-urlencoded': 'urlencoded',
  multipart: 'formdata',
  binary: 'file',
};

/** Our body as Postman's: every kind's content is written, `mode` names the one that is sent. */
export function bodyToPostman(body: SavedDraft['body']): Json | undefined {
  const out: Json = {};
  const textKind =
    body.kind === 'json' || body.kind === 'xml' || body.kind === 'html' || body.kind === 'text';
  if (textKind || body.text !== '' || body.textContentType !== DEFAULT_TEXT_TYPE) {
    out.raw = body.text;
    const raw: Json = {
      language: body.kind === 'json' || body.kind === 'xml' || body.kind === 'html' ? body.kind : 'text',
    };
    if (body.textContentType !== DEFAULT_TEXT_TYPE) raw[CONTENT_TYPE_KEY] = body.textContentType;
    out.options = { raw };
  }
  if (body.fields.length > 0) {
    out.urlencoded = body.fields.map((row) => ({
      key: row.name,
      value: row.value,
      type: 'text',
      ...(row.enabled ? {} : { disabled: true }),
    }));
  }
  if (body.parts.length > 0) {
    out.formdata = body.parts.map((part) => ({
      key: part.name,
      ...(part.kind === 'file'
        ? { type: 'file', src: savedFileName(part.file, part.wantedFile) }
        : { value: part.value, type: 'text' }),
      ...(part.enabled ? {} : { disabled: true }),
    }));
  }
  const binary = savedFileName(body.file, body.wantedFile);
  if (body.kind === 'binary' || binary !== '') out.file = { src: binary };
  const mode = MODE[body.kind];
  if (mode) return { mode, ...out };
  if (Object.keys(out).length === 0) return undefined;
  // No body is sent, but what the user typed for other kinds is kept, switched off.
  const kept =
    out.raw !== undefined ? 'raw' : out.urlencoded ? 'urlencoded' : out.formdata ? 'formdata' : 'file';
  return { mode: kept, ...out, disabled: true };
}
