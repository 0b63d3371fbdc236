import type { UnresolvedVariable, VariableScope } from '@playground/shared';

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Where a name was looked for, e.g. `the active environment “Local” or the collection “Users API”`. */
function lookedIn(scope: VariableScope): string {
  const { environment, collection } = scope;
  if (environment && collection) {
    return `is not defined in the active environment “${environment.name}” or the collection “${collection.name}”`;
  }
  if (environment) return `is not defined in the active environment “${environment.name}”`;
  if (collection)
    return `is not defined in the collection “${collection.name}”, and no environment is active`;
  return 'is not defined: no environment is active';
}

/**
 * One sentence per variable that will go out as written, in plain words.
 *
 * @example describeUnresolved({ name: 'token', reason: 'undefined', places: ['header "Authorization"'] }, scope)
 * // '{{token}} is not defined in the active environment “Local” (used in header "Authorization").'
 */
export function describeUnresolved(variable: UnresolvedVariable, scope: VariableScope): string {
  const where = `used in ${listInWords(variable.places)}`;
  if (variable.reason === 'too-deep') {
    return `{{${variable.name}}} (${where}) is inside another variable’s value and holds variables itself: only one level of nesting is filled in, so those go out as written.`;
  }
  return `{{${variable.name}}} ${lookedIn(scope)} (${where}).`;
}
