import { refuse } from './problems.ts';

/** A JSON object as parsed from a file: its fields are unknown until checked. */
export type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A field of a parsed object, own properties only: a file that lacks `constructor` or `toString`
 * never makes us read Object.prototype's, and `__proto__` is just a key like any other.
 */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

export function stringField(value: unknown, key: string): string | undefined {
  const found = field(value, key);
  return typeof found === 'string' ? found : undefined;
}

/** A value shown as text: numbers and booleans as written, objects as JSON, nothing as ''. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return '';
  return JSON.stringify(value);
}

/** A list field; missing means empty, anything else that is not a list refuses the file. */
export function listField(value: unknown, key: string, where: string, what: string): unknown[] {
  const found = field(value, key);
  if (found === undefined || found === null) return [];
  if (!Array.isArray(found)) refuse(`${where}: ${what} should be a list, but it is ${describe(found)}.`);
  return found;
}

/** What a value is, for a message: "a number", "text", "an object". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** The last part of a path as written on Windows or Unix: what a file picker shows. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}
