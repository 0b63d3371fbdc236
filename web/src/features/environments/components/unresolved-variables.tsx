import type { UnresolvedVariable, VariableScope } from '@playground/shared';
import { describeUnresolved } from '../utils/describe-unresolved.ts';
import './unresolved-variables.css';

interface UnresolvedVariablesProps {
  unresolved: readonly UnresolvedVariable[];
  scope: VariableScope;
}

/**
 * Under the request line, before anything is sent: each `{{name}}` that has no value, where it is
 * used, and where it was looked for. The request can still go; the text is then sent as written.
 */
export function UnresolvedVariables({ unresolved, scope }: UnresolvedVariablesProps) {
  if (unresolved.length === 0) return null;
  return (
    <section className="unresolved-variables" aria-label="Variables without a value">
      <p className="unresolved-variables-lead">
        {unresolved.length === 1 ? 'One variable has' : `${unresolved.length} variables have`} no value and
        will go out as written:
      </p>
      <ul>
        {unresolved.map((variable) => (
          <li key={variable.name}>{describeUnresolved(variable, scope)}</li>
        ))}
      </ul>
    </section>
  );
}
