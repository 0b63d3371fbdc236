import { looksLikeCurl, parseCurl } from '../curl/parse-curl.ts';
import type { Collection, Environment } from '../schemas/library.ts';
import { requestFromCurl } from './curl-import.ts';
import { detectFormat, type ImportFormat, NOT_READABLE } from './detect-format.ts';
import { newCollection } from './draft.ts';
import { importHar } from './har-import.ts';
import { importInsomnia } from './insomnia-import.ts';
import { parseJsonText } from './json-text.ts';
import { checkJsonDepth, checkTextSize } from './limits.ts';
import { Notes } from './notes.ts';
import { freshCopy, readPortableCollection } from './portable.ts';
import { importPostmanEnvironment } from './postman-environment.ts';
import { importPostmanCollection } from './postman-import.ts';
import { ImportProblem, refuse } from './problems.ts';

export type { ImportFormat } from './detect-format.ts';

export type ImportResult =
  | {
      ok: true;
      format: ImportFormat;
      collections: Collection[];
      environments: Environment[];
      notes: string[];
    }
  | { ok: false; problem: string };

type Imported = { format: ImportFormat; collections: Collection[]; environments: Environment[] };

function stem(fileName: string | undefined, fallback: string): string {
  const name = fileName
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/(\.postman_(collection|environment|globals))?\.json$/i, '');
  return name || fallback;
}

function readCurl(text: string, notes: Notes): Imported {
  const parsed = parseCurl(text);
  if (!parsed.ok) refuse(parsed.message);
  for (const note of parsed.request.notes) notes.add(note);
  const request = requestFromCurl(parsed.request);
  return { format: 'curl', collections: [newCollection('curl import', [request])], environments: [] };
}

function read(text: string, fileName: string | undefined, notes: Notes): Imported {
  if (typeof text !== 'string') refuse('Nothing to import: the file could not be read as text.');
  checkTextSize(text);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trim();
  if (trimmed === '') refuse('The file is empty.');
  if (looksLikeCurl(trimmed)) return readCurl(trimmed, notes);
  if (/^_type:\s*export\b/m.test(trimmed.slice(0, 500))) {
    refuse(
      'This is an Insomnia export in YAML. In Insomnia, export the collection as "Insomnia v4 (JSON)" and import that file.',
    );
  }
  if (/^type:\s*collection\.insomnia\.rest\//m.test(trimmed.slice(0, 500))) {
    refuse(
      'This is an Insomnia v5 (YAML) file. In Insomnia, export the collection as "Insomnia v4 (JSON)" and import that file.',
    );
  }
  if (!/^[[{]/.test(trimmed) && !/\.(json|har)$/i.test(fileName ?? '')) refuse(NOT_READABLE);
  const parsed = parseJsonText(body);
  if (!parsed.ok) refuse(parsed.problem);
  checkJsonDepth(parsed.value);
  const { format, root } = detectFormat(parsed.value);
  switch (format) {
    case 'http-playground': {
      const portable = readPortableCollection(root);
      if (!portable.ok) refuse(portable.problem);
      const copy = freshCopy(portable.portable);
      return { format, collections: [copy.collection], environments: copy.environments };
    }
    case 'postman-collection':
      return { format, collections: [importPostmanCollection(root, notes)], environments: [] };
    case 'postman-environment':
      return {
        format,
        collections: [],
        environments: [importPostmanEnvironment(root, stem(fileName, 'Imported environment'))],
      };
    case 'insomnia':
      return { format, ...importInsomnia(root, notes) };
    case 'har':
      return { format, collections: [importHar(root, stem(fileName, ''), notes)], environments: [] };
  }
}

/**
 * Reads an imported file, whatever it is (our format, Postman v2.0/v2.1 collection or environment,
 * Insomnia v4, HAR 1.2, a curl command), into our collections and environments with fresh ids.
 * Never throws: a broken, foreign or hostile file gives `{ ok: false, problem }` naming what is
 * wrong and where, and nothing half-read. `notes` says what could not be carried over.
 *
 * @example
 * const result = readImportFile(await file.text(), file.name);
 * if (result.ok) addToLibrary(result.collections, result.environments);
 * else showProblem(result.problem);
 */
export function readImportFile(text: string, fileName?: string): ImportResult {
  const notes = new Notes();
  try {
    const imported = read(text, fileName, notes);
    return { ok: true, ...imported, notes: notes.list() };
  } catch (error) {
    if (error instanceof ImportProblem) return { ok: false, problem: error.message };
    // A bug of ours, not the user's file: still a message, never an exception in the page.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: `The file could not be imported because of an unexpected error (${detail}). Nothing was changed.`,
    };
  }
}
