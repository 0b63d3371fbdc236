import type { Environment } from '../schemas/library.ts';
import { newEnvironment } from './draft.ts';
import { refuse } from './problems.ts';
import { asText, describe, field, isRecord, type Json, listField, stringField } from './shape.ts';

/**
 * A Postman environment (or globals) export as one of ours: `type: "secret"` values stay secret
 * (masked, left out of exports and shares unless the user opts in).
 */
export function importPostmanEnvironment(root: Json, fallbackName: string): Environment {
  const values = listField(root, 'values', 'the environment', 'its values');
  const variables = values.map((entry, index) => {
    if (!isRecord(entry)) {
      refuse(
        `the environment: value ${index + 1} should be an object with a key and a value, but it is ${describe(entry)}.`,
      );
    }
    return {
      name: asText(field(entry, 'key')),
      value: asText(field(entry, 'value')),
      enabled: field(entry, 'enabled') !== false && field(entry, 'disabled') !== true,
      secret: field(entry, 'type') === 'secret',
    };
  });
  const scope = stringField(root, '_postman_variable_scope');
  return newEnvironment(
    stringField(root, 'name') || (scope === 'globals' ? 'Globals' : fallbackName),
    variables,
  );
}

/**
 * An environment as a Postman environment file; secret values are blanked unless `includeSecrets`.
 *
 * @example JSON.stringify(toPostmanEnvironment(environment, { includeSecrets: false }), null, '\t')
 */
export function toPostmanEnvironment(environment: Environment, options: { includeSecrets: boolean }): Json {
  return {
    id: environment.id,
    name: environment.name,
    values: environment.variables.map((v) => ({
      key: v.name,
      value: v.secret && !options.includeSecrets ? '' : v.value,
      type: v.secret ? 'secret' : 'default',
      enabled: v.enabled,
    })),
    _postman_variable_scope: 'environment',
    _postman_exported_at: new Date().toISOString(),
    _postman_exported_using: 'HTTP Playground',
  };
}
