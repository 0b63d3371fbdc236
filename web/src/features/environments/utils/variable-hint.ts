import {
  DYNAMIC_VARIABLES,
  findVariables,
  lookupVariable,
  substituteVariables,
  type VariableScope,
} from '@playground/shared';
import { describeUnresolved } from './describe-unresolved.ts';

/** How the address box marks one `{{name}}`, and what hovering it says. */
export interface VariableHint {
  defined: boolean;
  title: string;
}

const MASK = '••••••••';

/**
 * What `{{name}}` stands for, for the address box: its value (expanded one level, as when sent),
 * masked when it or a variable inside it is secret, and where it comes from.
 *
 * @example variableHint(scope, 'host') // { defined: true, title: '{{host}} = http://127.0.0.1:5000 (environment “Local”)' }
 */
export function variableHint(scope: VariableScope, name: string): VariableHint {
  const found = lookupVariable(scope, name);
  if (!found) {
    return {
      defined: false,
      title: describeUnresolved({ name, reason: 'undefined', places: ['the address'] }, scope),
    };
  }
  if (found.source === 'dynamic') {
    return { defined: true, title: `{{${name}}}: ${DYNAMIC_VARIABLES[name]}, made as the request is sent` };
  }
  const inner = findVariables(found.value).map((m) => lookupVariable(scope, m.name));
  const secret = found.secret || inner.some((v) => v?.secret);
  const value = secret ? MASK : substituteVariables(found.value, (n) => lookupVariable(scope, n)).text;
  const from =
    found.source === 'environment'
      ? `environment “${scope.environment?.name}”`
      : `collection “${scope.collection?.name}”`;
  return { defined: true, title: `{{${name}}} = ${value} (${secret ? 'secret, ' : ''}${from})` };
}
