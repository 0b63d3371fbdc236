import type { SavedBody, SavedDraft, SavedRow } from '../schemas/saved-workspace.ts';
import { emptyBody } from './draft.ts';
import { fromInsomniaTemplate } from './insomnia-template.ts';
import type { Notes } from './notes.ts';
import { counted } from './problems.ts';
import { asText, baseName, field, isRecord, stringField } from './shape.ts';

const rowsOf = (list: unknown): unknown[] => (Array.isArray(list) ? list.filter(isRecord) : []);

/** Insomnia's `{ name, value, disabled }` rows, templates rewritten. */
export function insomniaRows(list: unknown, notes: Notes): SavedRow[] {
  return rowsOf(list).map((row) => ({
    name: fromInsomniaTemplate(asText(field(row, 'name')), notes),
    value: fromInsomniaTemplate(asText(field(row, 'value')), notes),
    enabled: field(row, 'disabled') !== true,
  }));
}

/** An Insomnia request body, picked by its MIME type as Insomnia does. */
export function insomniaBody(body: unknown, notes: Notes): SavedBody {
  const out = emptyBody();
  const mime = (stringField(body, 'mimeType') ?? '').split(';')[0]!.trim().toLowerCase();
  const text = fromInsomniaTemplate(asText(field(body, 'text')), notes);
  const fileName = stringField(body, 'fileName');
  out.text = text;
  if (mime === 'application/x-www-form-urlencoded') {
    out.kind = 'form-urlencoded';
    out.fields = insomniaRows(field(body, 'params'), notes);
  } else if (mime === 'multipart/form-data') {
    out.kind = 'multipart';
    out.parts = rowsOf(field(body, 'params')).map((row) => {
      const enabled = field(row, 'disabled') !== true;
      const name = fromInsomniaTemplate(asText(field(row, 'name')), notes);
      if (field(row, 'type') === 'file') {
        const wanted = baseName(asText(field(row, 'fileName')));
        return {
          name,
          value: '',
          enabled,
          kind: 'file' as const,
          file: null,
          ...(wanted ? { wantedFile: wanted } : {}),
        };
      }
      return {
        name,
        value: fromInsomniaTemplate(asText(field(row, 'value')), notes),
        enabled,
        kind: 'text' as const,
        file: null,
      };
    });
  } else if (fileName !== undefined && text === '') {
    out.kind = 'binary';
    const wanted = baseName(fileName);
    if (wanted) out.wantedFile = wanted;
  } else if (mime === 'application/graphql') {
    out.kind = 'json';
    notes.tally(
      'graphql',
      (n) => `${counted(n, 'GraphQL body', 'GraphQL bodies')} became JSON ({"query", "variables"}).`,
    );
  } else if (/^application\/(?:[\w.-]+\+)?json$/.test(mime)) {
    out.kind = 'json';
  } else if (/^(?:application|text)\/(?:[\w.-]+\+)?xml$/.test(mime)) {
    out.kind = 'xml';
  } else if (mime === 'text/html') {
    out.kind = 'html';
  } else if (mime !== '' || text !== '') {
    out.kind = 'text';
    if (mime !== '') out.textContentType = stringField(body, 'mimeType')!;
  }
  return out;
}

const UNSUPPORTED: Record<string, string> = {
  digest: 'Digest',
  oauth1: 'OAuth 1.0',
  oauth2: 'OAuth 2.0',
  hawk: 'Hawk',
  ntlm: 'NTLM',
  iam: 'AWS IAM',
  asap: 'ASAP',
  netrc: 'netrc',
};

/** Insomnia's `authentication`; an API key becomes a header or query row. */
export function insomniaAuth(
  auth: unknown,
  notes: Notes,
): { auth: SavedDraft['auth']; header?: SavedRow; query?: SavedRow } {
  if (!isRecord(auth) || field(auth, 'disabled') === true) return { auth: { type: 'none' } };
  const type = stringField(auth, 'type') ?? (field(auth, 'username') !== undefined ? 'basic' : 'none');
  const text = (key: string) => fromInsomniaTemplate(asText(field(auth, key)), notes);
  if (type === 'basic')
    return { auth: { type: 'basic', username: text('username'), password: text('password') } };
  if (type === 'bearer') {
    const prefix = asText(field(auth, 'prefix')).trim();
    if (prefix !== '' && prefix.toLowerCase() !== 'bearer') {
      return {
        auth: { type: 'none' },
        header: { name: 'Authorization', value: `${prefix} ${text('token')}`, enabled: true },
      };
    }
    return { auth: { type: 'bearer', token: text('token') } };
  }
  if (type === 'apikey') {
    const row = { name: text('key'), value: text('value'), enabled: true };
    notes.tally(
      'apikey',
      (n) => `${counted(n, 'request')} used API key auth; the key became a header or query parameter.`,
    );
    return field(auth, 'addTo') === 'queryParams'
      ? { auth: { type: 'none' }, query: row }
      : { auth: { type: 'none' }, header: row };
  }
  if (type !== 'none' && type !== '') {
    const label = UNSUPPORTED[type] ?? type;
    notes.tally(
      `auth:${label}`,
      (n) =>
        `${counted(n, 'request')} used ${label} auth, which HTTP Playground cannot send; imported without auth.`,
    );
  }
  return { auth: { type: 'none' } };
}
