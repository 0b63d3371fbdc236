import type { Variable } from '../schemas/library.ts';
import type { Notes } from './notes.ts';
import { isRecord } from './shape.ts';

/**
 * Insomnia writes variables as `{{ _.name }}` (or `{{ name }}`); ours are `{{name}}`. Template tags
 * (`{% response ... %}`) cannot run here: they stay as written and are noted.
 */
export function fromInsomniaTemplate(text: string, notes: Notes): string {
  if (text.includes('{%')) {
    notes.add(
      'Insomnia template tags such as {% response %} were kept as written; HTTP Playground does not run them.',
    );
  }
  return text.replace(/\{\{\s*(?:_\.)?([^{}\s]+?)\s*\}\}/g, '{{$1}}');
}

/**
 * An environment's data as flat variables: `{ user: { name: 'ada' } }` becomes `user.name`, which
 * is also how Insomnia templates refer to it (`{{ _.user.name }}`). Lists are kept as JSON text.
 */
export function flattenEnvironmentData(data: unknown, notes: Notes): Variable[] {
  const out: Variable[] = [];
  const walk = (value: unknown, path: string): void => {
    if (isRecord(value) && path !== '') {
      notes.add('Environment values that were objects became one variable per field, named like user.name.');
    }
    if (isRecord(value)) {
      for (const [key, inner] of Object.entries(value)) walk(inner, path === '' ? key : `${path}.${key}`);
      return;
    }
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
    out.push({ name: path, value: fromInsomniaTemplate(text, notes), enabled: true, secret: false });
  };
  if (isRecord(data)) walk(data, '');
  return out;
}
