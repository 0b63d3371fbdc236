import type { ModelBody, ModelPart, SnippetModel } from './snippet-model.ts';

const INDENT = '    ';

/** A Python string literal: a JSON string is one (same escapes), and reads as the learner expects. */
export const pyString = (text: string): string => JSON.stringify(text);

/** A JSON value as a Python literal (`true` -> `True`, `null` -> `None`), laid out like `json.dumps(indent=4)`. */
export function pyValue(value: unknown, level = 0): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'None';
  if (typeof value === 'string') return pyString(value);
  const inner = INDENT.repeat(level + 1);
  const outer = INDENT.repeat(level);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => pyValue(item, level + 1));
    const flat = `[${items.join(', ')}]`;
    if (flat.length <= 60 && !flat.includes('\n')) return flat;
    return `[\n${items.map((item) => `${inner}${item}`).join(',\n')}\n${outer}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item]) => `${inner}${pyString(key)}: ${pyValue(item, level + 1)}`);
  return `{\n${lines.join(',\n')}\n${outer}}`;
}

/** Name/value pairs as a dict, one pair a line past the first; `None` when there are none. */
export function pyDict(pairs: readonly [string, string][], level = 0): string {
  if (pairs.length === 0) return '{}';
  const items = pairs.map(([name, value]) => `${pyString(name)}: ${pyString(value)}`);
  if (items.length === 1) return `{${items[0]}}`;
  const inner = INDENT.repeat(level + 1);
  return `{\n${items.map((item) => `${inner}${item}`).join(',\n')}\n${INDENT.repeat(level)}}`;
}

/** Form fields: a dict, or a list of pairs when a name repeats (a dict would keep only the last). */
export function pyFields(pairs: readonly [string, string][], level = 0): string {
  const names = new Set(pairs.map(([name]) => name));
  if (names.size === pairs.length) return pyDict(pairs, level);
  const inner = INDENT.repeat(level + 1);
  const items = pairs.map(([name, value]) => `${inner}(${pyString(name)}, ${pyString(value)})`);
  return `[\n${items.join(',\n')}\n${INDENT.repeat(level)}]`;
}

/**
 * Form fields as the dict httpx takes (it takes no list of pairs): a repeated name gets a list of
 * values, sent one pair each, grouped where the name first appears.
 */
export function pyGroupedFields(pairs: readonly [string, string][], level = 0): string {
  const groups = new Map<string, string[]>();
  for (const [name, value] of pairs) groups.set(name, [...(groups.get(name) ?? []), value]);
  if (groups.size === pairs.length) return pyDict(pairs, level);
  const inner = INDENT.repeat(level + 1);
  const items = [...groups].map(
    ([name, values]) =>
      `${inner}${pyString(name)}: ${values.length === 1 ? pyString(values[0]!) : `[${values.map(pyString).join(', ')}]`}`,
  );
  return `{\n${items.join(',\n')}\n${INDENT.repeat(level)}}`;
}

type FilePart = Extract<ModelPart, { fileName: string }>;
export const isFilePart = (part: ModelPart): part is FilePart => 'fileName' in part;

/** `files=` for httpx: each file as (name, open file, type); a list of pairs when a name repeats. */
export function pyFiles(parts: readonly FilePart[], level = 0): string {
  const inner = INDENT.repeat(level + 1);
  const file = (p: FilePart) =>
    `(${pyString(p.fileName)}, open(${pyString(p.fileName)}, "rb"), ${pyString(p.contentType)})`;
  const unique = new Set(parts.map((p) => p.name)).size === parts.length;
  const items = parts.map((p) =>
    unique ? `${inner}${pyString(p.name)}: ${file(p)}` : `${inner}(${pyString(p.name)}, ${file(p)})`,
  );
  return unique
    ? `{\n${items.join(',\n')}\n${INDENT.repeat(level)}}`
    : `[\n${items.join(',\n')}\n${INDENT.repeat(level)}]`;
}

/** The lines that set up `payload` (and `files`) and the keyword arguments that send them. */
export interface PyBody {
  setup: string[];
  args: string[];
}

/**
 * The body for httpx and its async client: `json=`, `data=` for a form, `files=` for uploads
 * (opened by name, from the folder the script runs in), `content=` for text and whole files.
 */
export function httpxBody(body: ModelBody): PyBody {
  switch (body.kind) {
    case 'none':
      return { setup: [], args: [] };
    case 'json':
      return { setup: [`payload = ${pyValue(body.value)}`], args: ['json=payload'] };
    case 'text':
      return { setup: [`payload = ${pyString(body.text)}`], args: ['content=payload'] };
    case 'form':
      return { setup: [`payload = ${pyGroupedFields(body.fields)}`], args: ['data=payload'] };
    case 'file':
      return {
        setup: [`with open(${pyString(body.fileName)}, "rb") as file:`, `${INDENT}payload = file.read()`],
        args: ['content=payload'],
      };
    case 'multipart': {
      const fields = body.parts.flatMap((p): [string, string][] =>
        isFilePart(p) ? [] : [[p.name, p.value]],
      );
      const files = body.parts.filter(isFilePart);
      const setup = [];
      const args = [];
      if (fields.length > 0) {
        setup.push(`payload = ${pyGroupedFields(fields)}`);
        args.push('data=payload');
      }
      if (files.length > 0) {
        setup.push(`files = ${pyFiles(files)}`);
        args.push('files=files');
      }
      return { setup, args };
    }
  }
}

/** `headers = {...}` and its argument, or nothing when the request has no headers of its own. */
export function pyHeaders(model: SnippetModel): PyBody {
  if (model.headers.length === 0) return { setup: [], args: [] };
  return { setup: [`headers = ${pyDict(model.headers)}`], args: ['headers=headers'] };
}

/** The lowercase function httpx and aiohttp name a method by, or null for `request("METHOD", ...)`. */
export function shortcut(method: string, hasBody: boolean): string | null {
  const lower = method.toLowerCase();
  if (['post', 'put', 'patch'].includes(lower)) return lower;
  // httpx.get(), .head(), .options() and .delete() take no body, so a body goes through request().
  if (['get', 'head', 'options', 'delete'].includes(lower) && !hasBody) return lower;
  return null;
}
