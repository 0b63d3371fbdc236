import type { Collection, CollectionItem, SavedRequest, Variable } from '../schemas/library.ts';
import type { SavedRow } from '../schemas/saved-workspace.ts';
import { buildDraft, nameFromUrl, newCollection, newId } from './draft.ts';
import { ImportBudget } from './limits.ts';
import type { Notes } from './notes.ts';
import { type AuthChoice, authFromPostman, noteAuth } from './postman-auth.ts';
import { bodyFromPostman } from './postman-body.ts';
import { urlFromPostman } from './postman-url.ts';
import { counted, itemPath, refuse } from './problems.ts';
import { asText, describe, field, isRecord, type Json, listField, stringField } from './shape.ts';

const NO_AUTH: AuthChoice = { auth: { type: 'none' } };

/** Postman descriptions are text, or `{ content, type }`. */
export function descriptionText(value: unknown): string {
  return typeof value === 'string' ? value : asText(field(value, 'content'));
}

/** Counts scripts that hold code (Postman exports empty ones too); they cannot run here. */
function noteScripts(events: unknown, scope: 'request' | 'folder', notes: Notes): void {
  const list = Array.isArray(events) ? events : isRecord(events) ? [events] : [];
  for (const event of list) {
    const exec = field(field(event, 'script'), 'exec');
    const code = Array.isArray(exec) ? exec.map(asText).join('\n') : asText(exec);
    if (code.trim() === '') continue;
    const listen = field(event, 'listen');
    if (scope === 'folder') {
      notes.tally(
        'scripts:folder',
        (n) =>
          `${counted(n, 'script')} on folders or the collection ${n === 1 ? 'was' : 'were'} not imported (HTTP Playground does not run scripts).`,
      );
    } else if (listen === 'test') {
      notes.tally(
        'scripts:test',
        (n) => `${counted(n, 'request')} had test scripts; they were not imported.`,
      );
    } else {
      notes.tally(
        'scripts:pre',
        (n) => `${counted(n, 'request')} had pre-request scripts; they were not imported.`,
      );
    }
  }
}

function headersFromPostman(value: unknown, where: string): SavedRow[] {
  if (typeof value === 'string') {
    // v2.0 allowed the headers as one block of "Name: value" lines.
    return value
      .split(/\r?\n/)
      .filter((line) => line.includes(':'))
      .map((line) => {
        const colon = line.indexOf(':');
        return { name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim(), enabled: true };
      });
  }
  return listField({ header: value }, 'header', where, 'the headers').map((entry, index) => {
    if (!isRecord(entry))
      refuse(
        `${where}: header ${index + 1} should be an object with a key and a value, but it is ${describe(entry)}.`,
      );
    return {
      name: asText(field(entry, 'key')),
      value: asText(field(entry, 'value')),
      enabled: field(entry, 'disabled') !== true,
    };
  });
}

function followRedirects(item: Json, notes: Notes): boolean {
  const behavior = field(item, 'protocolProfileBehavior');
  if (!isRecord(behavior)) return true;
  const others = Object.keys(behavior).filter((key) => key !== 'followRedirects');
  if (others.length > 0) {
    notes.tally(
      'settings',
      (n) => `Request settings of ${counted(n, 'request')} (such as ${others[0]}) were not imported.`,
    );
  }
  return field(behavior, 'followRedirects') !== false;
}

function readRequest(item: Json, names: string[], inherited: AuthChoice, notes: Notes): SavedRequest {
  const where = itemPath(names);
  const request = field(item, 'request');
  if (typeof request !== 'string' && !isRecord(request)) {
    refuse(
      `${where}: the request should be an object with a method and a URL, but it is ${describe(request)}.`,
    );
  }
  const url = urlFromPostman(typeof request === 'string' ? request : field(request, 'url'), where);
  if (!url)
    notes.tally(
      'no-url',
      (n) =>
        `${counted(n, 'request')} had no URL; ${n === 1 ? 'it was' : 'they were'} imported with an empty address.`,
    );
  const method = (stringField(request, 'method') ?? 'GET').trim() || 'GET';
  const headers = headersFromPostman(field(request, 'header'), where);
  const choice = authFromPostman(field(request, 'auth')) ?? inherited;
  noteAuth(choice, notes);
  const disabledParams = [...(url?.disabledParams ?? [])];
  let address = url?.url ?? '';
  if (choice.apiKey?.in === 'header') headers.push(choice.apiKey.row);
  if (choice.apiKey?.in === 'query') {
    const { name, value } = choice.apiKey.row;
    address += `${address.includes('?') ? '&' : '?'}${name}=${value}`;
  }
  if (descriptionText(field(request, 'description')) !== '') noteDescription(notes);
  const examples = field(item, 'response');
  if (Array.isArray(examples) && examples.length > 0) {
    notes.tally(
      'examples',
      (n) => `${counted(n, 'saved example response')} ${n === 1 ? 'was' : 'were'} not imported.`,
      examples.length,
    );
  }
  noteScripts(field(item, 'event'), 'request', notes);
  const draft = buildDraft({
    method,
    url: address,
    disabledParams,
    pathValues: url?.pathValues ?? [],
    headers,
    body: bodyFromPostman(field(request, 'body'), headers, where, notes),
    auth: choice.auth,
    followRedirects: followRedirects(item, notes),
  });
  const name = stringField(item, 'name') || nameFromUrl(method, address);
  return { type: 'request', id: newId(), name, draft };
}

function noteDescription(notes: Notes): void {
  notes.tally(
    'descriptions',
    (n) =>
      `${counted(n, 'description')} of folders or requests ${n === 1 ? 'was' : 'were'} not imported (only the collection's own is kept).`,
  );
}

interface Walk {
  notes: Notes;
  budget: ImportBudget;
}

function readItems(list: unknown[], names: string[], inherited: AuthChoice, walk: Walk): CollectionItem[] {
  walk.budget.checkDepth(names.length, itemPath(names));
  return list.map((item, index): CollectionItem => {
    const label = stringField(item, 'name') ?? `#${index + 1}`;
    const here = [...names, label];
    if (!isRecord(item))
      refuse(`${itemPath(here)}: should be a request or a folder, but it is ${describe(item)}.`);
    const children = field(item, 'item');
    if (Array.isArray(children)) {
      noteScripts(field(item, 'event'), 'folder', walk.notes);
      if (descriptionText(field(item, 'description')) !== '') noteDescription(walk.notes);
      const auth = authFromPostman(field(item, 'auth')) ?? inherited;
      const items = readItems(children, here, auth, walk);
      return { type: 'folder', id: newId(), name: stringField(item, 'name') || 'Untitled folder', items };
    }
    if (field(item, 'request') === undefined) {
      refuse(`${itemPath(here)}: this is neither a request (no "request") nor a folder (no "item" list).`);
    }
    walk.budget.addRequest();
    return readRequest(item, here, inherited, walk.notes);
  });
}

/** Collection variables; values that are not text (numbers, booleans) are written as text. */
export function variablesFromPostman(list: unknown[], where: string): Variable[] {
  return list.map((entry, index) => {
    if (!isRecord(entry))
      refuse(
        `${where}: variable ${index + 1} should be an object with a key and a value, but it is ${describe(entry)}.`,
      );
    return {
      name: asText(field(entry, 'key') ?? field(entry, 'id')),
      value: asText(field(entry, 'value')),
      enabled: field(entry, 'disabled') !== true && field(entry, 'enabled') !== false,
      secret: field(entry, 'type') === 'secret',
    };
  });
}

/**
 * A Postman collection (v2.0 or v2.1) as one of ours: folders nest as they were, a request without
 * its own auth gets its folder's or the collection's, `{{variables}}` stay as written (our syntax
 * too). Scripts, saved examples and unsupported auth become notes.
 */
export function importPostmanCollection(root: Json, notes: Notes): Collection {
  const info = field(root, 'info');
  noteScripts(field(root, 'event'), 'folder', notes);
  const walk: Walk = { notes, budget: new ImportBudget() };
  const items = readItems(
    listField(root, 'item', 'the collection', 'its "item"'),
    [],
    authFromPostman(field(root, 'auth')) ?? NO_AUTH,
    walk,
  );
  return newCollection(stringField(info, 'name') || 'Imported collection', items, {
    description: descriptionText(field(info, 'description')),
    variables: variablesFromPostman(
      listField(root, 'variable', 'the collection', 'its variables'),
      'the collection',
    ),
  });
}
