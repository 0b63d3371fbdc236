/**
 * JSON text byte for byte as httpbin writes it. Flask's `jsonify` sorts keys, escapes every
 * non-ASCII character as `\uXXXX` and uses compact separators; httpbin's streams and a few bodies use
 * plain `json.dumps`, which keeps insertion order and puts a space after `,` and `:`.
 * `JSON.stringify` does neither, and a JS object cannot even keep keys like "10" in insertion order.
 *
 * @example
 * pythonJson({ b: 1, a: 'é' }) // '{"a":"\\u00e9","b":1}'
 * pythonJson([['x', 1]], { spaced: true, sortKeys: false }) // '[["x", 1]]'
 */
export function pythonJson(value: unknown, options: { spaced?: boolean; sortKeys?: boolean } = {}): string {
  const item = options.spaced ? ', ' : ',';
  const pair = options.spaced ? ': ' : ':';
  const sortKeys = options.sortKeys ?? true;

  const write = (v: unknown): string => {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'string') return pythonString(v);
    if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : 'null';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (Array.isArray(v)) return `[${v.map(write).join(item)}]`;
    if (v instanceof Map) return writeEntries([...v.entries()]);
    return writeEntries(Object.entries(v as Record<string, unknown>));
  };
  const writeEntries = (entries: [string, unknown][]): string => {
    const ordered = sortKeys ? [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : entries;
    return `{${ordered.map(([k, v]) => `${pythonString(k)}${pair}${write(v)}`).join(item)}}`;
  };
  return write(value);
}

function pythonString(s: string): string {
  // Python's ensure_ascii escapes DEL too; JSON.stringify already escapes control characters the same way.
  return JSON.stringify(s).replace(
    /[\u007f-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
