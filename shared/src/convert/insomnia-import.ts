import type { Collection, CollectionItem, Environment, SavedRequest } from '../schemas/library.ts';
import { buildQuery } from '../url/request-url.ts';
import { buildDraft, nameFromUrl, newCollection, newEnvironment, newId } from './draft.ts';
import { insomniaAuth, insomniaBody, insomniaRows } from './insomnia-body.ts';
import { flattenEnvironmentData, fromInsomniaTemplate } from './insomnia-template.ts';
import { ImportBudget } from './limits.ts';
import type { Notes } from './notes.ts';
import { counted, quoted, refuse } from './problems.ts';
import { asText, describe, field, isRecord, type Json, listField, stringField } from './shape.ts';

interface Resource {
  id: string;
  type: string;
  parentId: string | null;
  sortKey: number;
  raw: Json;
}

function readResources(root: Json): Resource[] {
  return listField(root, 'resources', 'the Insomnia export', 'its "resources"').map((raw, index) => {
    if (!isRecord(raw))
      refuse(`the Insomnia export: resource ${index + 1} should be an object, but it is ${describe(raw)}.`);
    const id = field(raw, '_id');
    const type = field(raw, '_type');
    if (typeof id !== 'string' || typeof type !== 'string') {
      refuse(`the Insomnia export: resource ${index + 1} has no "_id" or "_type", so it cannot be placed.`);
    }
    const sortKey = field(raw, 'metaSortKey');
    return {
      id,
      type,
      parentId: stringField(raw, 'parentId') ?? null,
      sortKey: typeof sortKey === 'number' && Number.isFinite(sortKey) ? sortKey : 0,
      raw,
    };
  });
}

function readRequest(resource: Resource, notes: Notes): SavedRequest {
  const { raw } = resource;
  const method = (stringField(raw, 'method') ?? 'GET').trim() || 'GET';
  const params = insomniaRows(field(raw, 'parameters'), notes);
  const headers = insomniaRows(field(raw, 'headers'), notes);
  const { auth, header, query } = insomniaAuth(field(raw, 'authentication'), notes);
  if (header) headers.push(header);
  if (query) params.push(query);
  const body = insomniaBody(field(raw, 'body'), notes);
  // A multipart type without its boundary would break the body: the playground writes its own.
  const kept =
    body.kind === 'multipart'
      ? headers.filter((h) => h.name.toLowerCase() !== 'content-type' || /boundary=/i.test(h.value))
      : headers;
  let url = fromInsomniaTemplate(asText(field(raw, 'url')), notes);
  const extra = buildQuery(params.filter((p) => p.enabled));
  if (extra !== '') url += `${url.includes('?') ? '&' : '?'}${extra}`;
  if (asText(field(raw, 'description')).trim() !== '') {
    notes.tally(
      'descriptions',
      (n) => `${counted(n, 'description')} of folders or requests ${n === 1 ? 'was' : 'were'} not imported.`,
    );
  }
  const draft = buildDraft({
    method,
    url,
    disabledParams: params.filter((p) => !p.enabled),
    pathValues: insomniaRows(field(raw, 'pathParameters'), notes),
    headers: kept,
    body,
    auth,
    followRedirects: field(raw, 'settingFollowRedirects') !== 'off',
  });
  return { type: 'request', id: newId(), name: stringField(raw, 'name') || nameFromUrl(method, url), draft };
}

const SKIPPED: Record<string, string> = {
  grpc_request: 'gRPC request',
  websocket_request: 'WebSocket request',
  socketio_request: 'Socket.IO request',
};

/**
 * An Insomnia v4 export (`_type: "export"`, `__export_format: 4`) as our collections, one per
 * workspace: request groups nest by `parentId` in Insomnia's order, the base environment becomes
 * the collection's variables and each sub environment one of our environments.
 */
export function importInsomnia(
  root: Json,
  notes: Notes,
): { collections: Collection[]; environments: Environment[] } {
  const resources = readResources(root);
  const children = new Map<string, Resource[]>();
  for (const r of resources) {
    if (r.parentId === null) continue;
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.sortKey - b.sortKey);
  for (const r of resources) {
    const label = SKIPPED[r.type];
    if (label)
      notes.tally(
        `skipped:${r.type}`,
        (n) => `${counted(n, label)} ${n === 1 ? 'was' : 'were'} not imported.`,
      );
  }

  const budget = new ImportBudget();
  const placed = new Set<string>();
  const build = (parentId: string, names: string[]): CollectionItem[] => {
    budget.checkDepth(names.length, `folder ${names.map(quoted).join(' > ')}`);
    const items: CollectionItem[] = [];
    for (const r of children.get(parentId) ?? []) {
      if (placed.has(r.id)) continue;
      if (r.type === 'request_group') {
        placed.add(r.id);
        const name = stringField(r.raw, 'name') || 'Untitled folder';
        const folderEnvironment = field(r.raw, 'environment');
        if (isRecord(folderEnvironment) && Object.keys(folderEnvironment).length > 0) {
          notes.add('Folder environments (variables set on a folder) were not imported.');
        }
        items.push({ type: 'folder', id: newId(), name, items: build(r.id, [...names, name]) });
      } else if (r.type === 'request') {
        placed.add(r.id);
        budget.addRequest();
        items.push(readRequest(r, notes));
      }
    }
    return items;
  };

  const workspaces = resources.filter((r) => r.type === 'workspace');
  const roots =
    workspaces.length > 0 ? workspaces : [{ id: '', type: 'workspace', parentId: null, sortKey: 0, raw: {} }];
  const collections: Collection[] = [];
  const environments: Environment[] = [];
  for (const workspace of roots) {
    const items = build(workspace.id, []);
    const bases = (children.get(workspace.id) ?? []).filter((r) => r.type === 'environment');
    const variables = bases.flatMap((base) => flattenEnvironmentData(field(base.raw, 'data'), notes));
    for (const base of bases) {
      for (const sub of (children.get(base.id) ?? []).filter((r) => r.type === 'environment')) {
        environments.push(
          newEnvironment(
            stringField(sub.raw, 'name') || 'Environment',
            flattenEnvironmentData(field(sub.raw, 'data'), notes),
          ),
        );
      }
    }
    if (items.length === 0 && variables.length === 0 && roots.length > 1) continue;
    collections.push(
      newCollection(stringField(workspace.raw, 'name') || 'Insomnia import', items, {
        description: asText(field(workspace.raw, 'description')),
        variables,
      }),
    );
  }
  // Requests whose folders are missing from the file (or loop) still arrive, at the top.
  const orphans = resources.filter((r) => r.type === 'request' && !placed.has(r.id));
  if (orphans.length > 0) {
    if (collections.length === 0) collections.push(newCollection('Insomnia import', []));
    for (const r of orphans) {
      budget.addRequest();
      collections[0]!.items.push(readRequest(r, notes));
    }
    notes.add(
      `${counted(orphans.length, 'request')} had no folder or workspace in the file; ${orphans.length === 1 ? 'it was' : 'they were'} put at the top.`,
    );
  }
  return { collections, environments };
}
